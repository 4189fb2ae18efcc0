import type { Config, Plugin } from 'payload'

import { SearchIndex } from '../../collections/search/SearchIndex.js'
import { withPublicationReactor } from '../../core/publication.js'
import { withPublicRoutes } from '../publicApi/routes/contributed.js'
import { resolveSearchedRecords } from './defaults.js'
import { reindexSearchRows } from './reindex.js'
import { searchRoute } from './route.js'
import type { SearchPluginOptions } from './types.js'

export type { SearchPluginOptions } from './types.js'

/**
 * Chinese full-text search over public records: the `search-index` collection, kept in step after every
 * change that touches what the public sees of a searchable record (admin, REST, GraphQL, Local API,
 * scheduled jobs), through the records' publication lifecycle. The query side, `/api/search`, is a route it
 * contributes to the public API.
 */
export const searchPlugin =
  (_options: SearchPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    resolveSearchedRecords(config)
    const withIndex = withPublicationReactor({ ...config, collections: [...(config.collections ?? []), SearchIndex] }, reindexSearchRows)
    return withPublicRoutes(withIndex, [searchRoute])
  }
