import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

import { publicSecurityHeaders } from '../../lib/securityHeaders.mjs'
import type { PublicCache } from './cache.js'
import { noCache } from './cache.js'
import { baseEtag, compressedBodies, encodedEtag, isCompressible, negotiateEncoding } from './compress.js'
import { PUBLIC_COLLECTIONS, selectableFields } from './contract.js'
import { badParam, METHOD_NOT_ALLOWED, notFound, PublicApiError } from './errors.js'
import type { GraphqlLimits, GraphqlRequest } from './graphql.js'
import { DEFAULT_GRAPHQL_LIMITS, runPublicGraphql } from './graphql.js'
import { openApiDocument } from './openapi.js'
import { projectDocs } from './project.js'
import { FILES_PATH, publicFile } from './files.js'
import { buildFeed, buildSitemap, buildSitemapIndex, FEED_FORMATS, type FeedFormat, FEEDS_PATH, parseFeedQuery, SITEMAP_PATH, SITEMAPS_PATH } from './feeds.js'
import { idKindOf, parseDetailQuery, parseId, parseListQuery } from './query.js'
import type { RateLimit } from './rateLimit.js'
import { clientAddressOf, DEFAULT_SEARCH_RATE_LIMIT, rateLimiter } from './rateLimit.js'
import { publicCacheOf } from '../../core/publicCacheRegistry.js'
import { parseSearchQuery, runSearch, SEARCH_PATH } from '../search/query.js'
import type { PublicUrls } from './urls.js'
import { resolvePublicUrls } from './urls.js'
import type { Article } from './wechat.js'
import { articleImage, articleQrCode, buildArticle, WECHAT_PATH } from './wechat.js'

export const PUBLIC_BASE_PATH = '/api/public'
export const OPENAPI_PATH = '/api/openapi.json'
const MAX_GRAPHQL_BODY = 64 * 1024

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
  /** Absolute origin of this API and the templates of record pages; default Payload's `serverURL` (else localhost:3000) and its paths. */
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
}

/** The part of an HTTP request the handlers read, so any server can call them without building a `Request`. */
export type PlainRequest = {
  method: string
  /** Path and query, or an absolute URL. */
  url: string
  header: (name: string) => string | null | undefined
  body?: () => Promise<string>
  /** The raw request, when a response must come from Payload's own handler (files). */
  request?: () => Request
  /** The peer's address, where the server knows it (the lean server). */
  clientAddress?: string
}

export type PlainResponse =
  | { status: number; headers: Record<string, string>; body: string | Uint8Array | null }
  | { status: number; headers: Record<string, string>; response: Response }

const JSON_TYPE = 'application/json; charset=utf-8'

export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

/** A cache key that does not depend on the order of parameters or on `_` cache busters. */
const normalizedKey = (path: string, params: URLSearchParams) => {
  const kept = [...params].filter(([name]) => !name.startsWith('_')).sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
  return kept.length ? `${path}?${new URLSearchParams(kept)}` : path
}

const selectOf = (fields: string[]): SelectType => Object.fromEntries(fields.map((field) => [field, true]))

/**
 * The public read API as framework-neutral handlers on Payload's Local API, run as an anonymous caller
 * (`overrideAccess: false`, no user): the same access rules as every other path, cut down to the public
 * contract, cached, and served with ETags.
 */
export const createPublicApi = (payload: Payload, options: PublicApiOptions = {}) => {
  const cache = options.cache ?? publicCacheOf(payload) ?? noCache()
  const corsOrigins = options.corsOrigins ?? '*'
  const cacheControl = `public, max-age=${options.maxAge ?? 0}, must-revalidate`
  const graphqlLimits = options.graphql ?? DEFAULT_GRAPHQL_LIMITS
  const ids = idKindOf(payload.db)
  const openApi = JSON.stringify(openApiDocument(payload.config))
  const compressed = compressedBodies()
  const urls = options.urls ?? resolvePublicUrls(payload.config.serverURL)
  const searchLimiter = rateLimiter(options.searchRateLimit ?? DEFAULT_SEARCH_RATE_LIMIT)

  /** The client a rate limit counts: the socket's peer, or the trusted proxy's `X-Forwarded-For` entry. */
  const clientOf = (plain: PlainRequest, trustProxy: number) => clientAddressOf(plain.header, plain.clientAddress, trustProxy)

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

  const error = (err: unknown, cors: Record<string, string>): PlainResponse => {
    const known = err instanceof PublicApiError
    if (!known) payload.logger.error({ err, msg: 'public API error' })
    const status = known ? err.status : 500
    const message = known ? err.message : 'Something went wrong.'
    const body = JSON.stringify({ errors: [{ message, ...(known && err.param ? { param: err.param } : {}) }] })
    return { status, headers: { ...cors, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' }, body }
  }

  /** Descendants of a catalogue entry (itself included), from the breadcrumbs the nested-docs plugin keeps. */
  const catalogueWithDescendants = async (id: string): Promise<(string | number)[]> => {
    const found = await payload.find({
      collection: 'catalogue-entries',
      where: { or: [{ id: { equals: id } }, { 'breadcrumbs.doc': { equals: id } }] },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    if (!found.docs.length) throw badParam('catalogue', `no catalogue entry ${id} / 目錄條目不存在`)
    return [...new Set(found.docs.map((doc) => doc.id))]
  }

  /** `equals` for a leaf: on 100,000 records the SQL adapters plan `in` over a hasMany relationship up to 10× slower. */
  const catalogueFilter = (ids: (string | number)[]): Where => (ids.length === 1 ? { catalogue: { equals: ids[0] } } : { catalogue: { in: ids } })

  const catalogueWhere = async (id: string): Promise<Where> => catalogueFilter(await catalogueWithDescendants(id))

  const list = async (slug: CollectionSlug, params: URLSearchParams, countOnly: boolean) => {
    const collection = PUBLIC_COLLECTIONS[slug]
    const selectable = selectableFields(slug)
    const query = parseListQuery(params, collection.params, selectable, ids)
    const where: Where[] = [...query.where]
    if (query.catalogue !== undefined) where.push(catalogueFilter(await catalogueWithDescendants(String(query.catalogue))))
    const combined: Where | undefined = where.length ? { and: where } : undefined
    if (countOnly) {
      const { totalDocs } = await payload.count({ collection: slug, where: combined, overrideAccess: false })
      return { totalDocs }
    }
    const fields = query.select ?? selectable.filter((field) => !collection.listOmits.includes(field))
    const result = await payload.find({
      collection: slug,
      where: combined,
      // Ties broken by id, so that pages neither repeat nor skip documents that sort alike.
      sort: [query.sort, query.sort.startsWith('-') ? '-id' : 'id'],
      page: query.page,
      limit: query.limit,
      depth: query.depth,
      select: selectOf(fields),
      ...(fields.includes('interpretations') ? {} : ({ joins: false } as any)),
      overrideAccess: false,
    })
    const { docs, totalDocs, limit, page, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage } = result
    return { docs: await projectDocs(payload, slug, docs, fields), totalDocs, limit, page, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage }
  }

  const detail = async (slug: CollectionSlug, id: string, params: URLSearchParams) => {
    const collection = PUBLIC_COLLECTIONS[slug]
    const selectable = selectableFields(slug)
    const query = parseDetailQuery(params, selectable, collection.detailDepth)
    const fields = query.select ?? selectable
    const doc = await payload.findByID({
      collection: slug,
      id: parseId(id, 'id', ids),
      depth: query.depth,
      select: selectOf(fields),
      // Only a record's interpretations are part of the contract; no other join is worth computing.
      joins: (slug === 'disclosures' ? { interpretations: { limit: 50, sort: '-publishedAt' } } : false) as any,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) throw notFound(`no public ${slug} ${id} / 未找到`)
    const [projected] = await projectDocs(payload, slug, [doc], fields)
    return projected
  }

  type Computed = { body: string; cacheable: boolean; contentType?: string }

  /** A cacheable body: from the cache when the generation still holds, else computed and stored. */
  const cachedBody = async (key: string, compute: () => Promise<Computed>) => {
    let generation: string | null = null
    let hit
    try {
      ;({ generation, hit } = await cache.read(key))
    } catch (err) {
      payload.logger.warn({ err, msg: 'public cache unavailable; answering from the database' })
    }
    if (hit) return { ...hit, state: 'HIT' }
    const computed = await compute()
    const contentType = computed.contentType ?? JSON_TYPE
    const etag = etagOf(computed.body)
    const state = cache.kind === 'off' || generation === null ? 'BYPASS' : 'MISS'
    if (computed.cacheable && generation !== null && cache.kind !== 'off') {
      cache.write(generation, key, { etag, contentType, body: computed.body }).catch((err) => payload.logger.warn({ err, msg: 'public cache write failed' }))
    }
    return { body: computed.body, etag, contentType, state }
  }

  /** `*` matches any current representation; a tag of any encoding of the same bytes matches too (weak comparison). */
  const notModified = (plain: PlainRequest, etag: string) => {
    const ifNoneMatch = plain.header('if-none-match')?.trim()
    return !!ifNoneMatch && (ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => baseEtag(tag) === etag))
  }

  /**
   * A body with its validator, compressed when it is worth it and the client accepts it (the compressed
   * bytes kept by ETag, so a hit is not compressed again); a matching `If-None-Match` gets a 304.
   */
  const withBody = async (plain: PlainRequest, base: Record<string, string>, etag: string, body: string | Uint8Array): Promise<PlainResponse> => {
    const varies = isCompressible(base['Content-Type'], body)
    const encoding = varies ? negotiateEncoding(plain.header('accept-encoding')) : null
    const headers = { ...base, ETag: encodedEtag(etag, encoding), ...(varies ? { Vary: [base.Vary, 'Accept-Encoding'].filter(Boolean).join(', ') } : {}) }
    if (notModified(plain, etag)) return { status: 304, headers, body: null }
    if (!encoding) return { status: 200, headers, body }
    return { status: 200, headers: { ...headers, 'Content-Encoding': encoding }, body: new Uint8Array(await compressed.get(etag, encoding, body)) }
  }

  /** A cached body as a response. */
  const answer = (plain: PlainRequest, cors: Record<string, string>, { body, etag, contentType, state }: Awaited<ReturnType<typeof cachedBody>>) =>
    withBody(plain, { ...cors, 'Content-Type': contentType, 'Cache-Control': cacheControl, 'X-Cache': state }, etag, body)

  /** Answers a cacheable read. */
  const cached = async (key: string, plain: PlainRequest, cors: Record<string, string>, compute: () => Promise<Computed>): Promise<PlainResponse> =>
    answer(plain, cors, await cachedBody(key, compute))

  /** A WeChat article's JSON, through the response cache (the images and QR codes of a record need it too). */
  const articleBody = async (record: string, id: string) => {
    if (record !== 'disclosures' && record !== 'interpretations') throw notFound()
    return cachedBody(`${WECHAT_PATH}/${record}/${id}`, async () => ({ body: JSON.stringify(await buildArticle(payload, record, id, urls)), cacheable: true }))
  }

  /** An image or QR code derived from a public article: its ETag follows the article and the kind. */
  const derived = async (plain: PlainRequest, cors: Record<string, string>, record: string, id: string, name: string): Promise<PlainResponse> => {
    const kinds: Record<string, string> = { 'cover.jpg': 'image/jpeg', 'thumb.jpg': 'image/jpeg', 'qr.png': 'image/png', 'qr.svg': 'image/svg+xml; charset=utf-8' }
    if (!kinds[name]) throw notFound()
    const { body: json, state } = await articleBody(record, id)
    const etag = etagOf(`${name}\n${json}`)
    const headers = { ...cors, 'Content-Type': kinds[name], 'Cache-Control': cacheControl, 'X-Cache': state }
    if (notModified(plain, etag)) return withBody(plain, headers, etag, '')
    const data = JSON.parse(json) as Article
    const body =
      name === 'qr.png' || name === 'qr.svg'
        ? await articleQrCode(data, name === 'qr.png' ? 'png' : 'svg')
        : await articleImage(payload, data, name === 'cover.jpg' ? 'cover' : 'thumb')
    return withBody(plain, headers, etag, typeof body === 'string' ? body : new Uint8Array(body))
  }

  /** A GraphQL request from GET parameters or a JSON POST body; anything else names what is wrong. */
  const graphqlRequest = async (plain: PlainRequest, url: URL): Promise<GraphqlRequest> => {
    if (plain.method === 'GET') {
      const variables = url.searchParams.get('variables')
      let parsed: unknown
      try {
        parsed = variables ? JSON.parse(variables) : undefined
      } catch {
        throw badParam('variables', 'not JSON; send variables as a JSON object / 變量須為 JSON 對象')
      }
      return { query: url.searchParams.get('query'), operationName: url.searchParams.get('operationName') ?? undefined, variables: parsed }
    }
    const length = Number(plain.header('content-length') ?? 0)
    if (length > MAX_GRAPHQL_BODY) throw new PublicApiError(413, `body: larger than ${MAX_GRAPHQL_BODY} bytes / 請求過大`)
    const text = (await plain.body?.()) ?? ''
    if (text.length > MAX_GRAPHQL_BODY) throw new PublicApiError(413, `body: larger than ${MAX_GRAPHQL_BODY} bytes / 請求過大`)
    let request: unknown
    try {
      request = JSON.parse(text)
    } catch {
      throw new PublicApiError(400, 'body: not JSON; send {"query": "…", "variables": {…}} / 請求體須為 JSON', 'body')
    }
    if (!request || typeof request !== 'object' || Array.isArray(request)) {
      throw new PublicApiError(400, 'body: must be a JSON object {"query": "…", "variables": {…}} / 請求體須為 JSON 對象', 'body')
    }
    return request as GraphqlRequest
  }

  const respond = async (plain: PlainRequest): Promise<PlainResponse> => {
    const cors = corsHeaders(plain.header('origin'))
    try {
      const url = new URL(plain.url, 'http://public.invalid')
      const path = url.pathname.length > 1 && url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname
      if (plain.method === 'OPTIONS') {
        return {
          status: 204,
          headers: { ...cors, 'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type, If-None-Match', 'Access-Control-Max-Age': '86400' },
          body: null,
        }
      }
      if (options.serveFiles && path.startsWith(FILES_PATH) && (plain.method === 'GET' || plain.method === 'HEAD')) {
        return { status: 0, headers: cors, response: await servePublicFile(payload, plain) }
      }
      const read = plain.method === 'GET' || plain.method === 'HEAD'
      if (path === OPENAPI_PATH) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        return await cached(OPENAPI_PATH, plain, cors, async () => ({ body: openApi, cacheable: true }))
      }
      if (path === SEARCH_PATH) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        const wait = searchLimiter.take(clientOf(plain, options.trustProxy ?? 0))
        if (wait !== null) {
          return {
            status: 429,
            headers: { ...cors, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', 'Retry-After': String(wait) },
            body: JSON.stringify({ errors: [{ message: `too many searches; try again in ${wait} s / 檢索過於頻繁，請 ${wait} 秒後再試` }] }),
          }
        }
        const query = parseSearchQuery(url.searchParams, ids)
        return await cached(normalizedKey(path, url.searchParams), plain, cors, async () => {
          const catalogue = query.catalogue ? await catalogueWithDescendants(query.catalogue) : undefined
          return { body: JSON.stringify(await runSearch(payload, query, catalogue)), cacheable: true }
        })
      }
      if (path === SITEMAP_PATH || path.startsWith(SITEMAPS_PATH)) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        const file = path.slice(SITEMAPS_PATH.length)
        return await cached(path, plain, cors, async () => ({
          body: path === SITEMAP_PATH ? await buildSitemapIndex(payload, urls) : await buildSitemap(payload, file, urls),
          cacheable: true,
          contentType: 'application/xml; charset=utf-8',
        }))
      }
      if (!path.startsWith(`${PUBLIC_BASE_PATH}/`)) throw notFound()
      if (path.startsWith(`${FEEDS_PATH}/`)) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        const format = path.slice(FEEDS_PATH.length + 1) as FeedFormat
        if (!FEED_FORMATS[format]) throw notFound()
        const scope = parseFeedQuery(url.searchParams, ids)
        const key = normalizedKey(path, url.searchParams)
        return await cached(key, plain, cors, async () => ({
          body: await buildFeed(payload, format, scope, urls, catalogueWhere, key),
          cacheable: true,
          contentType: FEED_FORMATS[format],
        }))
      }
      if (path.startsWith(`${WECHAT_PATH}/`)) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        const [record, id, name, ...rest] = path.slice(WECHAT_PATH.length + 1).split('/')
        if (!id || rest.length) throw notFound()
        return name ? await derived(plain, cors, record, id, name) : await answer(plain, cors, await articleBody(record, id))
      }
      const segments = path.slice(PUBLIC_BASE_PATH.length + 1).split('/')
      if (segments[0] === 'ping' && segments.length === 1) {
        if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
        return { status: 200, headers: { ...cors, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' }, body: '{"ok":true}' }
      }
      if (segments[0] === 'graphql' && segments.length === 1) {
        // HEAD is not an empty POST: a GraphQL request needs its query.
        if (plain.method !== 'GET' && plain.method !== 'POST') {
          const refused = error(new PublicApiError(405, `${plain.method} not allowed; GraphQL takes GET or POST / 方法不允許`), cors)
          return { ...refused, headers: { ...refused.headers, Allow: 'GET, POST, OPTIONS' } }
        }
        const request = await graphqlRequest(plain, url)
        return await cached(`graphql:${JSON.stringify([request.query, request.variables ?? null, request.operationName ?? null])}`, plain, cors, async () => {
          const result = await runPublicGraphql(payload, request, graphqlLimits, { list, detail })
          return { body: JSON.stringify(result.body), cacheable: result.cacheable }
        })
      }
      const slug = segments[0] as CollectionSlug
      if (!PUBLIC_COLLECTIONS[slug] || segments.length > 2) throw notFound()
      if (!read) throw new PublicApiError(405, METHOD_NOT_ALLOWED)
      const key = normalizedKey(path, url.searchParams)
      if (segments.length === 1) return await cached(key, plain, cors, async () => ({ body: JSON.stringify(await list(slug, url.searchParams, false)), cacheable: true }))
      if (segments[1] === 'count') return await cached(key, plain, cors, async () => ({ body: JSON.stringify(await list(slug, url.searchParams, true)), cacheable: true }))
      return await cached(key, plain, cors, async () => ({ body: JSON.stringify(await detail(slug, segments[1], url.searchParams)), cacheable: true }))
    } catch (err) {
      return error(err, cors)
    }
  }

  /** The same handlers as a fetch-style `Request` → `Response` function (Next route handlers, workers, tests). */
  const handle = async (request: Request): Promise<Response> => {
    const result = await respond({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name),
      body: () => request.text(),
      request: () => request,
    })
    if ('response' in result) return result.response
    return new Response(request.method === 'HEAD' ? null : (result.body as BodyInit | null), { status: result.status, headers: result.headers })
  }

  return { respond, handle, cache }
}

export type PublicApi = ReturnType<typeof createPublicApi>

/** A media file through Payload's own handler, as an anonymous caller: only files of public records. */
const servePublicFile = async (payload: Payload, plain: PlainRequest): Promise<Response> => {
  const headers = new Headers()
  for (const name of ['range', 'if-none-match', 'if-modified-since']) {
    const value = plain.header(name)
    if (value) headers.set(name, value)
  }
  return publicFile(payload, new URL(plain.url, 'http://public.invalid').pathname, plain.method, headers)
}
