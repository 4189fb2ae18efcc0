import type { Config } from 'payload'

import { PLUGIN_ORDER } from '../../core/publication.js'
import { DEFAULT_INDEX_NUMBER_PATTERN, validateIndexNumberPattern } from '../../lib/indexNumber.js'
import type { RecordsPluginOptions, ResolvedRecordsOptions } from './types.js'

export const resolveRecordsOptions = (options: RecordsPluginOptions, config: Config): ResolvedRecordsOptions => {
  const resolved = {
    indexNumberPattern: options.indexNumberPattern ?? DEFAULT_INDEX_NUMBER_PATTERN,
    records: options.records ?? [],
  }
  const problem = validateIndexNumberPattern(resolved.indexNumberPattern)
  if (problem) throw new Error(`recordsPlugin: ${problem}; use e.g. '${DEFAULT_INDEX_NUMBER_PATTERN}'.`)
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  if (!slugs.has('departments')) {
    throw new Error(
      `recordsPlugin: the collection "departments" is missing. Use gongkaiPlugin(), or install the plugins in this order: ${PLUGIN_ORDER}.`,
    )
  }
  for (const record of resolved.records) {
    if (!slugs.has(record.slug))
      throw new Error(`recordsPlugin: records lists "${record.slug}", which is not in the config's collections; add the collection first.`)
  }
  return resolved
}
