import type { Config, Plugin } from 'payload'

import { SearchIndex } from '../../collections/search/SearchIndex.js'
import { withPublicationReactor } from '../../core/publication.js'
import { resolveSearchedRecords } from './defaults.js'
import { reindexSearchRows } from './reindex.js'
import type { SearchPluginOptions } from './types.js'

export type { SearchPluginOptions } from './types.js'

/**
 * Chinese full-text search over public records: the `search-index` collection, kept in step after every
 * change that touches what the public sees of a searchable record (admin, REST, GraphQL, Local API,
 * scheduled jobs), through the records' publication lifecycle. The query side is `/api/search`.
 */
export const searchPlugin =
  (_options: SearchPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    resolveSearchedRecords(config)
    return withPublicationReactor({ ...config, collections: [...(config.collections ?? []), SearchIndex] }, reindexSearchRows)
  }
