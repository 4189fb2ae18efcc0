import type { Config } from 'payload'

import { requireRecordLifecycle } from '../../core/publication.js'
import { searchedRecordsOf } from '../../core/records.js'

/** The searchable records; fails at start when the records capability is not installed before search. */
export const resolveSearchedRecords = (config: Config): string[] => {
  const slugs = searchedRecordsOf(config).map((record) => record.slug)
  requireRecordLifecycle(config, 'searchPlugin', slugs)
  return slugs
}
