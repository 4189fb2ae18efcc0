/** An instant on a China calendar day (UTC+8, no daylight saving), e.g. noon for a date written. */
export const chinaInstant = (day: string, time = '12:00'): string => new Date(`${day}T${time}:00+08:00`).toISOString()
