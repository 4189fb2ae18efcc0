import { describe, expect, it } from '@jest/globals'

import { chinaDay, dayToInstant } from '../../src/lib/chinaDate.js'
import { chineseDaysHolidayData } from '../../src/lib/holidayData.js'
import { createWorkingDayCalendar } from '../../src/lib/workingDays.js'

describe('the working-day calendar', () => {
  const calendar = createWorkingDayCalendar(chineseDaysHolidayData())

  it('counts 20 working days from 2024-09-27 to 2024-10-30, over National Day and its two weekend working days', () => {
    expect(calendar.isWorkingDay('2024-09-29')).toBe(true) // Sunday worked (調休)
    expect(calendar.isWorkingDay('2024-10-12')).toBe(true) // Saturday worked (調休)
    expect(calendar.isWorkingDay('2024-10-01')).toBe(false)
    expect(calendar.isWorkingDay('2024-10-07')).toBe(false)
    expect(calendar.addWorkingDays('2024-09-27', 20)).toEqual({ date: '2024-10-30', provisional: false })
  })

  it('counts over Spring Festival 2024 with its weekend working days', () => {
    // 2024-02-10..17 off; 2024-02-04 (Sun) and 2024-02-18 (Sun) worked.
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true)
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true)
    expect(calendar.isWorkingDay('2024-02-12')).toBe(false)
    expect(calendar.addWorkingDays('2024-02-08', 3)).toEqual({ date: '2024-02-19', provisional: false })
  })

  it('computes a year without official data on weekends only, and marks it provisional', () => {
    expect(calendar.hasOfficialData(2040)).toBe(false)
    // 2040-10-01 is a Monday; without a notice National Day is not known, so it counts.
    expect(calendar.addWorkingDays('2040-09-28', 5)).toEqual({ date: '2040-10-05', provisional: true })
  })

  it('marks a deadline provisional when it runs into a year without data', () => {
    const lastYear = Math.max(...chineseDaysHolidayData().years)
    const result = calendar.addWorkingDays(`${lastYear}-12-20`, 20)
    expect(result.provisional).toBe(true)
    expect(result.date.startsWith(String(lastYear + 1))).toBe(true)
  })

  it('reads an instant as the calendar day in China', () => {
    expect(chinaDay('2024-09-26T16:00:00.000Z')).toBe('2024-09-27')
    expect(chinaDay('2024-09-27T15:59:59.000Z')).toBe('2024-09-27')
    expect(chinaDay(dayToInstant('2024-10-30'))).toBe('2024-10-30')
    expect(dayToInstant('2024-10-30').slice(0, 10)).toBe('2024-10-30')
  })
})
