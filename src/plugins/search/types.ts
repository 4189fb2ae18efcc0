/** Options of `searchPlugin`; none yet: what is searched is each record's `search` definition (src/core/records.ts). */
export type SearchPluginOptions = Record<string, never>
