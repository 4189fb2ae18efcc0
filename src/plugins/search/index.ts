import type { CollectionConfig, Config, Plugin } from 'payload'

import { SearchIndex } from '../../collections/search/SearchIndex.js'
import { withPublicationReactor } from '../../core/publication.js'
import { matchBothScripts } from '../../hooks/search/matchBothScripts.js'
import { withPublicRoutes } from '../publicApi/routes/contributed.js'
import { resolveSearchedRecords } from './defaults.js'
import { reindexSearchRows } from './reindex.js'
import { searchRoute } from './route.js'
import type { SearchPluginOptions } from './types.js'

export type { SearchPluginOptions } from './types.js'

/** Every collection's list search and pickers match both scripts (Payload adds its own collections later). */
const withBothScriptMatching = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), matchBothScripts] },
})

/**
 * Chinese full-text search over public records: the `search-index` collection, kept in step after every
 * change that touches what the public sees of a searchable record (admin, REST, GraphQL, Local API,
 * scheduled jobs), through the records' publication lifecycle. The query side, `/api/search`, is a route it
 * contributes to the public API; the admin's list search and pickers match both scripts on every collection.
 */
export const searchPlugin =
  (_options: SearchPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    resolveSearchedRecords(config)
    const collections = [...(config.collections ?? []).map(withBothScriptMatching), SearchIndex]
    const withIndex = withPublicationReactor({ ...config, collections }, reindexSearchRows)
    return withPublicRoutes(withIndex, [searchRoute])
  }
