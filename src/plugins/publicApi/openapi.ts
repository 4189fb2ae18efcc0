import type { SanitizedConfig } from 'payload'

import { MAX_INDEXED_TEXT, SEARCHABLE } from '../search/indexer.js'
import { PUBLIC_COLLECTIONS, selectableFields } from './contract.js'
import { FEED_DEFAULT_LIMIT, FEED_FORMATS, FEED_MAX_LIMIT, FEEDS_PATH, SITEMAP_PAGE, SITEMAP_PATH, SITEMAPS_PATH } from './feeds.js'
import { featureSchemas } from './openapiFeatures.js'
import { collectionSchemas, ERROR_SCHEMA, pageSchema, ref, SCHEMA_NAMES } from './openapiSchemas.js'
import type { IdKind, JsonSchema } from './query.js'
import { DEFAULT_LIMIT, idKindOf, idParamSchema, MAX_DEPTH, MAX_LIMIT, MAX_PAGE, MAX_YEAR, MIN_YEAR } from './query.js'
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT, SEARCH_MAX_PAGE, SEARCH_MAX_QUERY, SEARCH_MAX_TERMS, SEARCH_PATH } from '../search/query.js'
import { COVER, THUMB, WECHAT_PATH } from './wechat.js'

const TITLES: Record<string, string> = {
  disclosures: '政府信息 (public records)',
  interpretations: '政策解讀 (policy interpretations)',
  'catalogue-entries': '公開目錄 (disclosure catalogue)',
  departments: '機構與公開指南 (departments and their disclosure guide)',
}

/** Operation ids: `listDisclosures`, `countCatalogueEntries`, `getDepartment`, … */
const PLURALS: Record<string, string> = { disclosures: 'Disclosures', interpretations: 'Interpretations', 'catalogue-entries': 'CatalogueEntries', departments: 'Departments' }

const FILTER_DOCS: Record<string, { description: string; example?: string }> = {
  catalogue: { description: 'Catalogue entry id; the entry and all its descendants. An unknown entry is a 400.', example: '12' },
  department: { description: 'Issuing department id (on catalogue entries also `none`: the city-wide catalogue).', example: '3' },
  topic: { description: 'Topic codes, comma-separated; a two-digit code includes its second-level codes.', example: '02' },
  genre: { description: 'Genre codes (公文種類), comma-separated.', example: 'notice,opinion' },
  documentKind: { description: 'Document kinds, comma-separated.' },
  validity: { description: 'Validity statuses, comma-separated.', example: 'valid' },
  year: { description: 'Year of publication (China Standard Time).', example: '2014' },
  from: { description: 'Published on or after this day (China Standard Time).', example: '2014-01-01' },
  to: { description: 'Published on or before this day (China Standard Time).', example: '2014-12-31' },
  writtenFrom: { description: 'Written (成文日期) on or after this day.' },
  writtenTo: { description: 'Written (成文日期) on or before this day.' },
  policy: { description: 'Interpretations of this record id.' },
  form: { description: 'Interpretation forms, comma-separated.' },
  parent: { description: 'Parent id, or `none` for top-level entries.' },
  level: { description: 'Department levels, comma-separated.' },
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const errorContent = json(ref('Error'))
const refusal = (description: string) => ({ description, content: errorContent })
const RESPONSES = {
  NotModified: { description: 'Not modified: `If-None-Match` named the current ETag (of any encoding), or was `*`', headers: { ETag: { $ref: '#/components/headers/ETag' } } },
  BadRequest: refusal('Refused: `param` names the parameter and the message the rule (unknown or repeated parameter, a value of the wrong form or out of range)'),
  NotFound: refusal('No such public document: one that exists but is not public answers the same'),
  MethodNotAllowed: refusal('The path answers GET, HEAD and OPTIONS only (the public API is read-only)'),
}
const use = (name: keyof typeof RESPONSES) => ({ $ref: `#/components/responses/${name}` })

/** Headers of every cacheable answer. */
const cachedHeaders = Object.fromEntries(['ETag', 'Cache-Control', 'X-Cache', 'Vary'].map((name) => [name, { $ref: `#/components/headers/${name}` }]))
const ok = (description: string, content: Record<string, unknown>) => ({ description, headers: cachedHeaders, content })
const readResponses = (okResponse: unknown, extra: Record<string, unknown> = {}) => ({ 200: okResponse, 304: use('NotModified'), 400: use('BadRequest'), 405: use('MethodNotAllowed'), ...extra })

const query = (name: string, schema: JsonSchema, more: Record<string, unknown> = {}) => ({ name, in: 'query', schema, ...more })
/** A comma-separated list: `a,b,c`. */
const commaList = { style: 'form', explode: false }

/** An example in the parameter's own type (ids only on the SQL adapters, where they are small numbers). */
const exampleFor = (schema: JsonSchema, raw: string | undefined): unknown => {
  if (raw === undefined) return undefined
  const types = [schema, ...((schema.anyOf as JsonSchema[] | undefined) ?? [])].map((candidate) => candidate.type)
  if (types.includes('array')) return raw.split(',')
  if (types.includes('integer')) return Number(raw)
  return schema.anyOf || schema.pattern ? undefined : raw
}

const idPath = (ids: IdKind) => ({ name: 'id', in: 'path', required: true, schema: idParamSchema(ids) })

const listParameters = (slug: string, ids: IdKind) => {
  const { params } = PUBLIC_COLLECTIONS[slug]
  const filters = Object.entries(params.filters).map(([name, filter]) => {
    const schema = filter.schema(ids)
    const example = exampleFor(schema, FILTER_DOCS[name]?.example)
    return query(name, schema, { description: FILTER_DOCS[name]?.description, ...(filter.list ? commaList : {}), ...(example === undefined ? {} : { example }) })
  })
  return { filters, paging: [
    query('page', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }),
    query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, { description: `At most ${MAX_LIMIT}: a larger page is refused, not cut.` }),
    query('sort', { type: 'string', enum: params.sorts, default: params.defaultSort }),
    query('depth', { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: 0 }, { description: 'How deep to populate relationships; lists default to 0.' }),
    selectParameter(slug),
  ] }
}

const selectParameter = (slug: string) =>
  query('select', { type: 'array', items: { type: 'string', enum: selectableFields(slug) }, minItems: 1 }, { ...commaList, description: 'Fields to return, comma-separated; the documents then hold `id` and these only.' })

const collectionPaths = (slug: string, ids: IdKind) => {
  const name = SCHEMA_NAMES[slug]
  const { filters, paging } = listParameters(slug, ids)
  const detailDepth = PUBLIC_COLLECTIONS[slug].detailDepth
  return {
    [`/api/public/${slug}`]: {
      get: { operationId: `list${PLURALS[slug]}`, summary: `List ${TITLES[slug]}`, parameters: [...filters, ...paging], responses: readResponses(ok('A page of documents', json(ref(`${name}Page`)))) },
    },
    [`/api/public/${slug}/count`]: {
      get: {
        operationId: `count${PLURALS[slug]}`,
        summary: `Count ${TITLES[slug]}`,
        parameters: filters,
        responses: readResponses(ok('How many match', json({ type: 'object', required: ['totalDocs'], properties: { totalDocs: { type: 'integer', minimum: 0 } } }))),
      },
    },
    [`/api/public/${slug}/{id}`]: {
      get: {
        operationId: `get${name}`,
        summary: `One of ${TITLES[slug]}`,
        parameters: [idPath(ids), query('depth', { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: detailDepth }), selectParameter(slug)],
        responses: readResponses(ok('The document', json(ref(name))), { 404: use('NotFound') }),
      },
    },
  }
}

const graphqlPaths = () => {
  const result = { description: 'GraphQL result (`errors` beside `data` for a field that failed)', content: json(ref('GraphqlResult')) }
  const request = { type: 'object', required: ['query'], properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' } } }
  return {
    '/api/public/graphql': {
      post: {
        operationId: 'graphqlPost',
        summary: 'Read-only GraphQL over the public contract, as an anonymous caller: its own schema (the REST collections, fields and filters), no mutations; root fields, depth and cost limited',
        requestBody: { required: true, content: json(request) },
        responses: { 200: result, 400: use('BadRequest'), 405: refusal('A mutation or subscription: the endpoint is read-only'), 413: refusal('A body over 64 KB') },
      },
      get: {
        operationId: 'graphqlGet',
        summary: 'The same query as GET parameters (query, variables as JSON, operationName), cacheable by URL',
        parameters: [query('query', { type: 'string' }, { required: true }), query('variables', { type: 'string' }, { description: 'A JSON object' }), query('operationName', { type: 'string' })],
        responses: { 200: { ...result, headers: cachedHeaders }, 304: use('NotModified'), 400: use('BadRequest'), 405: refusal('A mutation or subscription: the endpoint is read-only') },
      },
    },
  }
}

const searchPath = (ids: IdKind) => ({
  [SEARCH_PATH]: {
    get: {
      operationId: 'search',
      summary: '全文檢索: search public records and interpretations (Simplified and Traditional alike)',
      description: [
        'Every term must match. The query and the indexed text are folded per character (Traditional → Simplified with OpenCC, full-width → ASCII, ASCII case-insensitive), and terms are split at spaces, punctuation and symbols.',
        'Matching is by substring over character bigrams, so any run of two or more characters is found, inside words too.',
        'Records with every term in the title come first (`matchedIn: "title"`), then the others; newest `publishedAt` first within each.',
        `Indexed: the title, and the summary, keywords, document number, index number, interpreter and body text, cut at ${MAX_INDEXED_TEXT.toLocaleString('en')} characters together.`,
        'Every page is read again as the anonymous caller before it is answered, so a record that is no longer public is never returned; `totalDocs` counts what the index holds, so for a moment after a withdrawal a page may hold fewer than `limit` documents.',
        'Limited per client (`PUBLIC_SEARCH_RATE_LIMIT`, default 120 a minute): beyond it, 429 with Retry-After.',
      ].join(' '),
      parameters: [
        query('q', { type: 'string', minLength: 1, maxLength: SEARCH_MAX_QUERY }, {
          required: true,
          description: `The query, at most ${SEARCH_MAX_QUERY} characters and ${SEARCH_MAX_TERMS} terms; at least one term of two or more characters.`,
          example: '政務公開 預算',
        }),
        query('type', { type: 'string', enum: [...SEARCHABLE] }, { description: 'Only this collection.' }),
        query('catalogue', idParamSchema(ids), { description: 'Catalogue entry id; the entry and all its descendants. Interpretations have no catalogue, so this returns records only. An unknown entry is a 400.' }),
        query('department', idParamSchema(ids), { description: 'Issuing department id.' }),
        query('year', { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR }, { description: 'Year of publication (China Standard Time).', example: 2014 }),
        query('page', { type: 'integer', minimum: 1, maximum: SEARCH_MAX_PAGE, default: 1 }),
        query('limit', { type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT }),
      ],
      responses: readResponses(ok('A page of hits', json(ref('SearchResults'))), {
        429: {
          description: 'Too many searches from this client in the current window',
          headers: { 'Retry-After': { description: 'Seconds until the window resets', schema: { type: 'integer', minimum: 1 } } },
          content: errorContent,
        },
      }),
    },
  },
})

const FEED_NAMES: Record<keyof typeof FEED_FORMATS, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed (version 1)' }

const feedPaths = (ids: IdKind) => {
  const parameters = [
    query('catalogue', idParamSchema(ids), { description: 'Only this catalogue entry and its descendants (not together with `department`).' }),
    query('department', idParamSchema(ids), { description: 'Only this issuing department (not together with `catalogue`).' }),
    query('limit', { type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT }),
  ]
  return Object.fromEntries(
    (Object.keys(FEED_FORMATS) as (keyof typeof FEED_FORMATS)[]).map((format) => [
      `${FEEDS_PATH}/${format}`,
      {
        get: {
          operationId: `${format}Feed`,
          summary: `訂閱: the latest public records as ${FEED_NAMES[format]}, newest publishedAt first`,
          description: 'Each item links to the record page on the website (`PUBLIC_RECORD_URL`), which is also its id/guid; the issuing department is the item’s author (`dc:creator` in RSS).',
          parameters,
          responses: readResponses(ok(`The feed (${FEED_FORMATS[format]})`, { [FEED_FORMATS[format].split(';')[0]]: { schema: format === 'json' ? ref('JsonFeed') : { type: 'string' } } }), {
            404: refusal('No such catalogue entry or department'),
          }),
        },
      },
    ]),
  )
}

const xml = { 'application/xml': { schema: { type: 'string' } } }

const sitemapPaths = () => ({
  [SITEMAP_PATH]: {
    get: {
      operationId: 'sitemapIndex',
      summary: `Sitemap index: one sitemap file per ${SITEMAP_PAGE.toLocaleString('en')} public records or interpretations`,
      description:
        'The files are listed under `PUBLIC_BASE_URL`. A sitemap may only list URLs of its own host: when the record pages (`PUBLIC_RECORD_URL`) live on another host, serve these through the website (a proxy) or declare them in its robots.txt.',
      responses: { 200: ok('A sitemapindex document', xml), 304: use('NotModified'), 405: use('MethodNotAllowed') },
    },
  },
  [`${SITEMAPS_PATH}{collection}-{page}.xml`]: {
    get: {
      operationId: 'sitemapFile',
      summary: `Sitemap file: the page URLs (\`PUBLIC_RECORD_URL\`) of up to ${SITEMAP_PAGE.toLocaleString('en')} public documents, by id, with lastmod = updatedAt`,
      parameters: [
        { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...SEARCHABLE] } },
        { name: 'page', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 99999 } },
      ],
      responses: { 200: ok('A urlset document', xml), 304: use('NotModified'), 404: refusal('No such file: a page past the last one (a collection with nothing public has none), or another name'), 405: use('MethodNotAllowed') },
    },
  },
})

const wechatPaths = (ids: IdKind) => {
  const parameters = [{ name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...SEARCHABLE] } }, idPath(ids)]
  const binary = (type: string) => ({ [type]: { schema: { type: 'string', contentMediaType: type } } })
  const derived: [string, string, string, string][] = [
    ['cover.jpg', 'wechatCover', 'image/jpeg', `The cover, exactly ${COVER.width}×${COVER.height} JPEG: the record's cover image, else its first image attachment, else the first image in its body, cropped around the most interesting region; plain red when it has none`],
    ['thumb.jpg', 'wechatThumb', 'image/jpeg', `The square thumbnail, ${THUMB.width}×${THUMB.height} JPEG, from the same image`],
    ['qr.png', 'wechatQrPng', 'image/png', 'QR code of the mobile page (`mobileUrl`), PNG'],
    ['qr.svg', 'wechatQrSvg', 'image/svg+xml', 'QR code of the mobile page (`mobileUrl`), SVG'],
  ]
  return {
    [`${WECHAT_PATH}/{collection}/{id}`]: {
      get: {
        operationId: 'wechatArticle',
        summary: '微信公眾號: a public record or interpretation as an article (sanitized HTML, digest, cover, QR code, absolute URLs)',
        parameters,
        responses: readResponses(ok('The article', json(ref('WechatArticle'))), { 404: use('NotFound') }),
      },
    },
    ...Object.fromEntries(
      derived.map(([file, operationId, type, summary]) => [
        `${WECHAT_PATH}/{collection}/{id}/${file}`,
        { get: { operationId, summary, parameters, responses: readResponses(ok(summary.split(':')[0].split(',')[0], binary(type)), { 404: use('NotFound') }) } },
      ]),
    ),
  }
}

/** The types an upload may have (the media collection's `upload.mimeTypes`). */
const fileTypes = (config: Pick<SanitizedConfig, 'collections'>): string[] => {
  const upload = config.collections.find((collection) => collection.slug === 'media')?.upload
  return (typeof upload === 'object' && upload.mimeTypes) || ['application/octet-stream']
}

const otherPaths = (types: string[]) => ({
  '/api/media/file/{filename}': {
    get: {
      operationId: 'getMediaFile',
      summary: 'A file attached to a public record (other files are 403/404 to the public)',
      parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The file', content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) },
        304: { description: 'Not modified' },
        400: refusal('A name with control characters or broken percent-encoding (`param`: `filename`), or one outside the files'),
        // Payload answers the public 403 for a file of no public record and for one that does not exist alike.
        403: refusal('Not a file the public may read (the file of no public record, or no such file)'),
        404: refusal('No such file'),
      },
    },
  },
  '/api/public/ping': {
    get: {
      operationId: 'ping',
      summary: 'Liveness',
      responses: { 200: { description: 'Alive', content: json({ type: 'object', required: ['ok'], properties: { ok: { const: true } } }) }, 405: use('MethodNotAllowed') },
    },
  },
  '/api/openapi.json': {
    get: { operationId: 'openApiDocument', summary: 'This document', responses: { 200: ok('The OpenAPI 3.1 document', json({ type: 'object', required: ['openapi', 'paths'], properties: { openapi: { const: '3.1.0' }, paths: { type: 'object' } } })), 304: use('NotModified'), 405: use('MethodNotAllowed') } },
  },
})

/**
 * The OpenAPI 3.1 description of every public endpoint, generated from the constants the handlers use:
 * the public contract (`SHAPES`, typed by the collections' Payload fields), the filters and their schemas,
 * limits and paths. GraphQL is described as an endpoint, not by its schema.
 */
export const openApiDocument = (config: Pick<SanitizedConfig, 'collections' | 'serverURL'> & { db: { defaultIDType?: string } }) => {
  const ids = idKindOf(config.db)
  const collections = Object.keys(PUBLIC_COLLECTIONS)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai public read API / 政府信息公開 公開接口',
      version: '1',
      description:
        'What government websites, WeChat official accounts and mini-programs may read: published, proactively disclosed records that passed secrecy review, their interpretations, the catalogue and the disclosure guide; search over them, feeds, sitemaps and WeChat articles. Read-only and anonymous. Bodies over 1 KB are compressed (br or gzip) when the client sends Accept-Encoding; each encoding has its own ETag.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: config.serverURL || '/' }],
    // Anonymous: no operation takes credentials.
    security: [],
    paths: {
      ...Object.assign({}, ...collections.map((slug) => collectionPaths(slug, ids))),
      ...graphqlPaths(),
      ...searchPath(ids),
      ...feedPaths(ids),
      ...sitemapPaths(),
      ...wechatPaths(ids),
      ...otherPaths(fileTypes(config)),
    },
    components: {
      schemas: {
        ...collectionSchemas(config.collections, ids),
        ...Object.fromEntries(collections.map((slug) => [`${SCHEMA_NAMES[slug]}Page`, pageSchema(SCHEMA_NAMES[slug])])),
        Error: ERROR_SCHEMA,
        GraphqlResult: { type: 'object', properties: { data: { type: ['object', 'null'] }, errors: { type: 'array', items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } } } },
        ...featureSchemas(ids),
      },
      responses: RESPONSES,
      headers: {
        ETag: { description: 'The validator: send it back as If-None-Match to get 304 while unchanged. Compressed answers carry their own (`"…-br"`, `"…-gzip"`).', schema: { type: 'string' } },
        'Cache-Control': { description: '`public, max-age=N, must-revalidate` (N from PUBLIC_CACHE_MAX_AGE, default 0)', schema: { type: 'string' } },
        'X-Cache': { description: 'Whether the response cache answered', schema: { type: 'string', enum: ['HIT', 'MISS', 'BYPASS'] } },
        Vary: { description: '`Accept-Encoding` on bodies that may be compressed (with `Origin` when CORS is restricted)', schema: { type: 'string' } },
      },
    },
  }
}
