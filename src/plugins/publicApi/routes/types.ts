import type { Payload, SanitizedConfig } from 'payload'

import type { JsonSchema } from '../query.js'
import type { IdKind } from '../query.js'
import type { RateLimit } from '../../../lib/rateLimit.js'
import type { PublicUrls } from '../urls.js'
import type { RecordReads } from './recordReads.js'

/** Where the public REST contract, GraphQL, feeds and WeChat articles live. */
export const PUBLIC_BASE_PATH = '/api/public'

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** What a read answers: GET, and HEAD as the same answer without its body. */
export const READ_METHODS = ['GET', 'HEAD'] as const satisfies readonly Method[]

/** The part of an HTTP request the handlers read, so any server can call them without building a `Request`. */
export type PlainRequest = {
  method: string
  /** Path and query, or an absolute URL. */
  url: string
  header: (name: string) => string | null | undefined
  body?: () => Promise<string>
  /** The peer's address, where the server knows it (the lean server). */
  clientAddress?: string
}

export type PlainResponse =
  | { status: number; headers: Record<string, string>; body: string | Uint8Array | null }
  | { status: number; headers: Record<string, string>; response: Response }

/** A request as a route sees it: the path matched, its `{name}` segments, and a body only where the route declares one. */
export type RouteRequest = {
  plain: PlainRequest
  url: URL
  /** The path without a trailing slash. */
  path: string
  params: Record<string, string>
  /** The body as text, read by the dispatcher up to the route's `maxBody` (routes without one get none). */
  text?: string
  /** A write route's body, parsed from JSON by the dispatcher. */
  json?: unknown
}

/** A body the route computed; `cacheable: false` keeps it out of the response cache (a GraphQL result with errors). */
export type Computed = { body: string; cacheable: boolean; contentType?: string }

export type CacheState = 'HIT' | 'MISS' | 'BYPASS'

/** A body with its validator. A lazy body is built only when `If-None-Match` does not already match. */
export type Representation = {
  etag: string
  contentType: string
  state: CacheState
  body: string | Uint8Array | (() => Promise<string | Uint8Array>)
}

export type RouteAnswer =
  /** Kept by the response cache under `key` (on a cached route; computed afresh on any other). */
  | { key: string; compute: () => Promise<Computed> }
  | Representation
  /** Sent as it is (CORS and security headers added by the dispatcher). */
  | PlainResponse

/** What every route of one public API shares: built once when the API is created. */
export type RouteContext = {
  payload: Payload
  ids: IdKind
  urls: PublicUrls
  reads: RecordReads
  /** The options the API was created with, defaults resolved. */
  options: ResolvedRouteOptions
  /** Every route this API documents (the OpenAPI route describes them). */
  routes: readonly PublicRoute[]
  /** A body through the response cache, for a route that derives its answer from another cached body. */
  cachedBody: (key: string, compute: () => Promise<Computed>) => Promise<Representation & { body: string }>
}

export type ResolvedRouteOptions = {
  graphql: { maxDepth: number; maxCost: number; maxRootFields?: number }
  searchRateLimit: RateLimit
}

/** What a route contributes to the OpenAPI document: one path item per path it declares, keyed by method (lower case). */
export type RouteDocument = { paths: Record<string, Record<string, Record<string, unknown>>>; schemas?: Record<string, JsonSchema> }

/** What a route documents itself from: the ids of this database, the config, and the limits in force. */
export type DocContext = {
  ids: IdKind
  config: Pick<SanitizedConfig, 'collections' | 'serverURL' | 'custom'>
  options: ResolvedRouteOptions
}

export type PublicRoute = {
  name: string
  /** The paths it answers, as in the OpenAPI document: `{name}` stands for one segment. */
  paths: readonly string[]
  /** The methods it answers (OPTIONS, the CORS preflight, is answered on every path). */
  methods: readonly Method[]
  /** Whether its answers go through the response cache (with ETags and 304s). */
  cached: boolean
  /** Requests per client and window, and the refusal's message; none when absent. */
  rateLimit?: { of: (options: ResolvedRouteOptions) => RateLimit; message: (wait: number) => string }
  /** The largest body it reads, in bytes; a route without one never sees a body. */
  maxBody?: number
  handle: (request: RouteRequest, context: RouteContext) => Promise<RouteAnswer>
  document?: (context: DocContext) => RouteDocument
}

/**
 * A public write (the request intake and the like): never cached, limited per client, its body limited and
 * JSON only (a cross-site form cannot send `application/json` without a preflight, so no CSRF token is needed).
 */
export type WriteRoute = Omit<PublicRoute, 'cached' | 'rateLimit' | 'maxBody'> & {
  cached: false
  rateLimit: NonNullable<PublicRoute['rateLimit']>
  maxBody: number
}
