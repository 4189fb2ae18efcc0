import type { Payload } from 'payload'

import { publicSecurityHeaders } from '../../lib/securityHeaders.mjs'
import type { PublicCache } from './cache.js'
import { noCache } from './cache.js'
import type { GraphqlLimits } from './graphql.js'
import { DEFAULT_GRAPHQL_LIMITS } from './graphql.js'
import { idKindOf } from './query.js'
import type { RateLimit } from '../../lib/rateLimit.js'
import { clientAddressOf, DEFAULT_SEARCH_RATE_LIMIT } from '../../lib/rateLimit.js'
import { publicCacheOf } from '../../core/publicCacheRegistry.js'
import { representations } from './routes/answers.js'
import { createDispatcher } from './routes/dispatch.js'
import { contributedRoutesOf } from './routes/contributed.js'
import { DEFAULT_ROUTES, DEFAULT_WRITE_ROUTES, filesRoute } from './routes/index.js'
import { documentOf } from './routes/openapi.js'
import { recordReads } from './routes/recordReads.js'
import type { PublicRoute, ResolvedRouteOptions, RouteContext, WriteRoute } from './routes/types.js'
import type { PublicUrls } from './urls.js'
import { resolvePublicUrls } from './urls.js'

export { PUBLIC_BASE_PATH } from './routes/types.js'
export type { PlainRequest, PlainResponse } from './routes/types.js'
export { OPENAPI_PATH } from './routes/openapi.js'
export { etagOf } from './routes/answers.js'

export type PublicApiOptions = {
  /** Origins allowed by CORS: `*` (the default; the data is public and no credentials are used) or a list. */
  corsOrigins?: '*' | string[]
  /** `Cache-Control: max-age` of public GETs in seconds. Default 0: clients and CDNs revalidate with the ETag. */
  maxAge?: number
  graphql?: GraphqlLimits
  /** Also serve media files (`/api/media/file/…`), for the lean server; under Next, Payload serves them. */
  serveFiles?: boolean
  /** Default: the cache the public API plugin registered for this Payload instance. */
  cache?: PublicCache
  /** Absolute origin of this API and the templates of record pages; default: the CMS's server URL. */
  urls?: PublicUrls
  /** Requests per client and window on `/api/search`; default 120 a minute. */
  searchRateLimit?: RateLimit
  /**
   * Proxies in front of this server whose `X-Forwarded-For` entries are trusted: the client is the entry
   * that many places from the right. 0 (the lean server's default) uses the socket's address.
   */
  trustProxy?: number
  /** Production: HSTS on every answer (a browser must not pin https on a developer's host). Default false. */
  production?: boolean
  /**
   * The read routes, first match wins. Default `DEFAULT_ROUTES` followed by the routes plugins contributed to
   * the config (`withPublicRoutes`: the search plugin's `/api/search`).
   */
  routes?: readonly PublicRoute[]
  /** The public writes, never cached. Default none. */
  writeRoutes?: readonly WriteRoute[]
}

/** The read routes a config's public API answers: the defaults, then what plugins contributed (search). */
export const publicRoutesOf = (config: Payload['config']): readonly PublicRoute[] => [...DEFAULT_ROUTES, ...contributedRoutesOf(config)]

/** The limits the routes check and document, defaults filled in. */
export const resolveRouteOptions = (options: PublicApiOptions): ResolvedRouteOptions => ({
  graphql: options.graphql ?? DEFAULT_GRAPHQL_LIMITS,
  searchRateLimit: options.searchRateLimit ?? DEFAULT_SEARCH_RATE_LIMIT,
})

/**
 * The public read API as framework-neutral handlers on Payload's Local API, run as an anonymous caller
 * (`overrideAccess: false`, no user): the same access rules as every other path, cut down to the public
 * contract, cached, and served with ETags. What it answers is its route table (`DEFAULT_ROUTES` unless
 * `routes` says otherwise; search adds its own).
 */
export const createPublicApi = (payload: Payload, options: PublicApiOptions = {}) => {
  const cache = options.cache ?? publicCacheOf(payload) ?? noCache()
  const corsOrigins = options.corsOrigins ?? '*'
  const routes = options.routes ?? publicRoutesOf(payload.config)
  const writeRoutes = options.writeRoutes ?? DEFAULT_WRITE_ROUTES
  const ids = idKindOf(payload.db)
  const answers = representations(payload, cache, `public, max-age=${options.maxAge ?? 0}, must-revalidate`)
  const context: RouteContext = {
    payload,
    ids,
    urls: options.urls ?? resolvePublicUrls(payload.config.serverURL),
    reads: recordReads(payload, ids),
    options: resolveRouteOptions(options),
    routes,
    cachedBody: answers.cachedBody,
  }
  // Built now, so that a contract the document cannot describe fails at start, not at the first request.
  documentOf(context)

  // nosniff, Referrer-Policy and (in production) HSTS travel with the CORS headers on every answer.
  const security = publicSecurityHeaders(options.production ?? false)
  // Without the expose list a browser's script cannot read the validator, the cache state or how long to wait.
  const exposed = { 'Access-Control-Expose-Headers': 'ETag, X-Cache, Retry-After' }
  const corsHeaders = (origin: string | null | undefined): Record<string, string> => {
    if (corsOrigins === '*') return { ...security, 'Access-Control-Allow-Origin': '*', ...exposed }
    const headers: Record<string, string> = { ...security, Vary: 'Origin', ...exposed }
    if (origin && corsOrigins.includes(origin)) headers['Access-Control-Allow-Origin'] = origin
    return headers
  }

  const served = options.serveFiles ? routes : routes.filter((route) => route !== filesRoute)
  const { respond } = createDispatcher(served, writeRoutes, {
    payload,
    context,
    answers,
    corsHeaders,
    // The client a rate limit counts: the socket's peer, or the trusted proxy's `X-Forwarded-For` entry.
    clientOf: (plain) => clientAddressOf(plain.header, plain.clientAddress, options.trustProxy ?? 0),
  })

  /** The same handlers as a fetch-style `Request` → `Response` function (Next route handlers, workers, tests). */
  const handle = async (request: Request): Promise<Response> => {
    const result = await respond({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name),
      body: () => request.text(),
    })
    if ('response' in result) return result.response
    return new Response(request.method === 'HEAD' ? null : (result.body as BodyInit | null), {
      status: result.status,
      headers: result.headers,
    })
  }

  /** The largest body any route reads: a server may stop reading a request past it. */
  const maxBody = Math.max(0, ...[...served, ...writeRoutes].map((route) => route.maxBody ?? 0))

  return { respond, handle, cache, maxBody }
}

export type PublicApi = ReturnType<typeof createPublicApi>
