import { feedsRoute } from './feeds.js'
import { filesRoute } from './files.js'
import { graphqlRoute } from './graphql.js'
import { openApiRoute } from './openapi.js'
import { pingRoute } from './ping.js'
import { countRoute, detailRoute, listRoute } from './records.js'
import { sitemapFileRoute, sitemapIndexRoute } from './sitemaps.js'
import type { PublicRoute, WriteRoute } from './types.js'
import { wechatRoute } from './wechat.js'

/**
 * The public API's own read routes, first match wins (a count before the detail it would also match). Other
 * capabilities add theirs (search) where the API is created: `createPublicApi(payload, { routes: [...] })`.
 */
export const DEFAULT_ROUTES: readonly PublicRoute[] = [
  listRoute,
  countRoute,
  detailRoute,
  graphqlRoute,
  feedsRoute,
  sitemapIndexRoute,
  sitemapFileRoute,
  wechatRoute,
  filesRoute,
  pingRoute,
  openApiRoute,
]

/** Public writes (the request intake comes next): none yet. */
export const DEFAULT_WRITE_ROUTES: readonly WriteRoute[] = []

export { filesRoute }
