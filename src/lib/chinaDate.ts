/** China has one time zone (UTC+8) and no daylight saving, so a fixed offset is exact. */
const CHINA_OFFSET_HOURS = 8
export const CHINA_OFFSET_MS = CHINA_OFFSET_HOURS * 3_600_000
const CHINA_OFFSET = `+${String(CHINA_OFFSET_HOURS).padStart(2, '0')}:00`

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The calendar day (`YYYY-MM-DD`) in China of an instant. */
export const chinaDay = (value: Date | string): string => {
  const shifted = new Date(new Date(value).getTime() + CHINA_OFFSET_MS)
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`
}

/** The year in China of an instant. */
export const chinaYear = (value: Date | string): number => Number(chinaDay(value).slice(0, 4))

/** The moment `time` (`HH:MM`) strikes in China on `day`; an invalid Date when `day` is not a real day. */
export const atChinaTime = (day: string, time: string): Date => new Date(`${day}T${time}:00${CHINA_OFFSET}`)

/** An instant (ISO string) at `time` on a China calendar day, e.g. noon for a date written. */
export const chinaInstant = (day: string, time = '12:00'): string => atChinaTime(day, time).toISOString()

/**
 * A day stored as an instant: noon in China, so that both the UTC and the China reading of the
 * ISO string start with the same `YYYY-MM-DD`.
 */
export const dayToInstant = (day: string): string => chinaInstant(day, '12:00')

/** `day` plus `n` calendar days, as `YYYY-MM-DD`. */
export const addDays = (day: string, n: number): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + n)
  return date.toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: string): number => new Date(`${day}T00:00:00.000Z`).getUTCDay()

/** The instant shifted into China time (read it with getUTC*), or undefined when it is not a date. */
const inChina = (value: Date | string | null | undefined): Date | undefined => {
  if (value == null || value === '') return undefined
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? undefined : new Date(time + CHINA_OFFSET_MS)
}

const shiftedDay = (shifted: Date): string =>
  `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`

/** An instant as `yyyy-MM-dd HH:mm` in China time; '' when the value is not a date. */
export const formatChinaDateTime = (value: Date | string | null | undefined): string => {
  const shifted = inChina(value)
  return shifted ? `${shiftedDay(shifted)} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}` : ''
}

/** An instant as `yyyy-MM-dd`, the calendar day in China; '' when the value is not a date. */
export const formatChinaDate = (value: Date | string | null | undefined): string => {
  const shifted = inChina(value)
  return shifted ? shiftedDay(shifted) : ''
}
