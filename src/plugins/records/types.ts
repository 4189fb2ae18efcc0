import type { RecordDefinition } from '../../core/records.js'

/** Options of `recordsPlugin`: disclosures, interpretations, index counters, and the record registry. */
export type RecordsPluginOptions = {
  /**
   * Index number pattern with `{code}`, `{YYYY}` and `{NNNNN}` (the serial, padded to the number of Ns).
   * @default '{code}/{YYYY}-{NNNNN}'
   */
  indexNumberPattern?: string
  /**
   * The host's own record collections (already in `collections`, with drafts on), registered beside
   * disclosures and interpretations: each gains the publication lifecycle here, and the attribute and
   * review, public visibility, cache invalidation, search and media rules from the plugins after it.
   * @default []
   */
  records?: RecordDefinition[]
}

export type ResolvedRecordsOptions = Required<RecordsPluginOptions>
