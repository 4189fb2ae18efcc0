import { addDays, weekday } from './chinaDate.js'

/** A year's State Council holiday notice: days off that fall on weekdays, and weekend days worked (調休). */
export type HolidayData = {
  /** `YYYY-MM-DD` days that are public holidays. */
  holidays: ReadonlySet<string>
  /** `YYYY-MM-DD` weekend days that are working days. */
  workdays: ReadonlySet<string>
  /** Years for which an official notice is known; other years are computed on weekends only. */
  years: ReadonlySet<number>
}

export type Deadline = {
  /** `YYYY-MM-DD` */
  date: string
  /** True when a day counted falls in a year without official data (weekends only were used). */
  provisional: boolean
}

const yearOf = (day: string): number => Number(day.slice(0, 4))

export const createWorkingDayCalendar = (data: HolidayData) => {
  const isWorkingDay = (day: string): boolean => {
    if (data.workdays.has(day)) return true
    if (data.holidays.has(day)) return false
    const dow = weekday(day)
    return dow !== 0 && dow !== 6
  }

  /** The day on which `count` working days after `from` have passed (the day `from` itself does not count). */
  const addWorkingDays = (from: string, count: number): Deadline => {
    let day = from
    let provisional = false
    let remaining = count
    while (remaining > 0) {
      day = addDays(day, 1)
      if (!data.years.has(yearOf(day))) provisional = true
      if (isWorkingDay(day)) remaining -= 1
    }
    return { date: day, provisional }
  }

  return { addWorkingDays, isWorkingDay, hasOfficialData: (year: number) => data.years.has(year) }
}

export type WorkingDayCalendar = ReturnType<typeof createWorkingDayCalendar>
