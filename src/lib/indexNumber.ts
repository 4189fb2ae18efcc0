/** What an index number is made of. */
export type IndexNumberParts = {
  departmentCode: string
  year: number
  serial: number
}

/** Formats the parts into an index number. */
export type IndexNumberFormat = (parts: IndexNumberParts) => string

/**
 * A pattern with the placeholders `{code}`, `{YYYY}` and `{N…}` (the serial, zero-padded to the number
 * of `N`s). The default, `{code}/{YYYY}-{NNNNN}`, is the form used on the State Council's own site
 * (`000014349/2020-00072`).
 */
export const DEFAULT_INDEX_NUMBER_PATTERN = '{code}/{YYYY}-{NNNNN}'

export const formatIndexNumber =
  (pattern: string = DEFAULT_INDEX_NUMBER_PATTERN): IndexNumberFormat =>
  ({ departmentCode, serial, year }) =>
    pattern
      .replace('{code}', departmentCode)
      .replace('{YYYY}', String(year))
      .replace(/\{(N+)\}/, (_, ns: string) => String(serial).padStart(ns.length, '0'))

/** Rejects a pattern that cannot produce unique numbers: it needs the serial, the year and the department. */
export const validateIndexNumberPattern = (pattern: string): string | null => {
  for (const [placeholder, test] of [
    ['{code}', /\{code\}/],
    ['{YYYY}', /\{YYYY\}/],
    ['{NNNNN}', /\{N+\}/],
  ] as const) {
    if (!test.test(pattern)) return `the index number pattern "${pattern}" lacks ${placeholder}`
  }
  return null
}
