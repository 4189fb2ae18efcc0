import type { Disclosure, Interpretation } from '../payload-types.js'

type Decision = NonNullable<Disclosure['disclosure']>

/** A demo record as data: dates are China calendar days (YYYY-MM-DD), catalogue entries are codes. */
export type DemoRecord = {
  title: string
  documentNumber: string
  writtenOn: string
  topic: NonNullable<Disclosure['topic']>
  genre: NonNullable<Disclosure['genre']>
  documentKind: NonNullable<Disclosure['documentKind']>
  keywords: string[]
  summary: string
  catalogue: string[]
  body: string[]
  disclosure: Pick<Decision, 'attribute' | 'reason' | 'grounds'>
  effectiveFrom?: string
  requiresInterpretation?: boolean
  /** When the record went public on the old site (an imported 2014 record); unset = when the seed publishes it. */
  publishedOn?: string
}

/** A demo interpretation of one of the demo records (by key). */
export type DemoInterpretation = {
  title: string
  policy: string
  form: NonNullable<Interpretation['form']>
  interpreter: string
  body: string[]
}
