import chineseDays from 'chinese-days'

import { addDays, weekday } from './chinaDate.js'
import type { HolidayData } from './workingDays.js'

const FIRST_YEAR = 2004
const LAST_YEAR_PROBED = 2100

let cached: HolidayData | undefined

/**
 * The State Council holiday notices as published in the `chinese-days` package (2004 onwards, one
 * year's data arriving each winter with the package's updates). A year counts as known when the
 * package lists at least one official holiday in it.
 */
export const chineseDaysHolidayData = (): HolidayData => {
  if (cached) return cached
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  const years = new Set<number>()
  for (let year = FIRST_YEAR; year <= LAST_YEAR_PROBED; year += 1) {
    const official = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false)
    if (official.length === 0) continue
    years.add(year)
    for (const day of official) holidays.add(day)
    for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) {
      const dow = weekday(day)
      if ((dow === 0 || dow === 6) && chineseDays.isWorkday(day)) workdays.add(day)
    }
  }
  cached = { holidays, workdays, years }
  return cached
}
