import { MAX_INDEXED_TEXT, SEARCHABLE } from '../search/indexer.js'
import type { Shape } from './contract.js'
import { PUBLIC_COLLECTIONS, SHAPES, selectableFields } from './contract.js'
import { FEED_FORMATS, FEEDS_PATH, SITEMAP_PAGE, SITEMAP_PATH, SITEMAPS_PATH } from './feeds.js'
import { DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT } from './query.js'
import { SEARCH_MAX_LIMIT, SEARCH_PATH } from './search.js'
import { COVER, THUMB, WECHAT_PATH } from './wechat.js'

const TITLES: Record<string, string> = {
  disclosures: '政府信息 (public records)',
  interpretations: '政策解讀 (policy interpretations)',
  'catalogue-entries': '公開目錄 (disclosure catalogue)',
  departments: '機構與公開指南 (departments and their disclosure guide)',
}

const FILTER_DOCS: Record<string, { description: string; example?: string }> = {
  catalogue: { description: 'Catalogue entry id; the entry and all its descendants.', example: '12' },
  department: { description: 'Issuing department id (`none` on catalogue entries: the city-wide catalogue).', example: '3' },
  topic: { description: 'Topic codes, comma-separated; a two-digit code includes its second-level codes.', example: '02' },
  genre: { description: 'Genre codes, comma-separated (notice, opinion, decision, …).', example: 'notice,opinion' },
  documentKind: { description: 'regulation · normative_document · other, comma-separated.' },
  validity: { description: 'valid · amended · repealed · expired, comma-separated.', example: 'valid' },
  year: { description: 'Year of publication (China Standard Time).', example: '2014' },
  from: { description: 'Published on or after this day (YYYY-MM-DD, China Standard Time).', example: '2014-01-01' },
  to: { description: 'Published on or before this day (YYYY-MM-DD, China Standard Time).', example: '2014-12-31' },
  writtenFrom: { description: 'Written (成文日期) on or after this day.' },
  writtenTo: { description: 'Written (成文日期) on or before this day.' },
  policy: { description: 'Interpretations of this record id.' },
  form: { description: 'Interpretation form codes, comma-separated.' },
  parent: { description: 'Parent id, or `none` for top-level entries.' },
  level: { description: 'city · district · department · town, comma-separated.' },
}

const schemaOfShape = (shape: Shape): Record<string, unknown> => ({
  type: 'object',
  properties: Object.fromEntries(
    Object.entries(shape).map(([field, spec]) => {
      if (spec === true) return [field, {}]
      if ('relation' in spec) return [field, { description: `id of a ${spec.relation} document, or the document itself when depth > 0` }]
      if ('join' in spec) {
        return [field, { type: 'object', properties: { docs: { type: 'array', items: { $ref: `#/components/schemas/${spec.join}` } }, hasNextPage: { type: 'boolean' } } }]
      }
      return [field, schemaOfShape(spec as Shape)]
    }),
  ),
})

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const errorResponse = { description: 'Refused; the message names the parameter', content: errorContent }
const notFoundResponse = { description: 'No such public document (one that exists but is not public included)', content: errorContent }
const notModified = { description: 'Not modified (If-None-Match matched)' }

/** The ids the public API accepts (`parseId`). */
const ID_SCHEMA = { type: 'string', pattern: '^[0-9a-zA-Z-]{1,64}$' }
/** Ids are numbers on the SQL adapters and strings on MongoDB. */
const ID_VALUE = { type: ['integer', 'string'] }
const NULLABLE_STRING = { type: ['string', 'null'] }
const NULLABLE_DATE = { type: ['string', 'null'], format: 'date-time' }
const DEPARTMENT_REF = {
  type: ['object', 'null'],
  description: 'The issuing department, or null when it is not public',
  required: ['id', 'name'],
  properties: { id: ID_VALUE, name: { type: 'string' } },
}
const binary = (type: string) => ({ [type]: { schema: { type: 'string', format: 'binary' } } })
/** As the search handler checks them (`src/public/search.ts`). */
const SEARCH_MAX_QUERY = 64
const SEARCH_MAX_TERMS = 8

const common = (slug: string) => [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'sort', in: 'query', schema: { type: 'string', enum: PUBLIC_COLLECTIONS[slug].params.sorts, default: PUBLIC_COLLECTIONS[slug].params.defaultSort } },
  { name: 'depth', in: 'query', description: 'How deep to populate relationships; lists default to 0.', schema: { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: 0 } },
  { name: 'select', in: 'query', description: `Fields to return, comma-separated: ${selectableFields(slug).join(', ')}`, schema: { type: 'string' } },
]

const filters = (slug: string) =>
  Object.keys(PUBLIC_COLLECTIONS[slug].params.filters).map((name) => ({
    name,
    in: 'query',
    description: FILTER_DOCS[name]?.description,
    schema: { type: 'string' },
    ...(FILTER_DOCS[name]?.example ? { example: FILTER_DOCS[name].example } : {}),
  }))

const cachedHeaders = {
  ETag: { schema: { type: 'string' }, description: 'Send it back as If-None-Match to get 304 while unchanged.' },
  'Cache-Control': { schema: { type: 'string' } },
  'X-Cache': { schema: { type: 'string', enum: ['HIT', 'MISS', 'BYPASS'] } },
}

/** The OpenAPI 3.1 description of every public endpoint, generated from the same contract the handlers use. */
export const openApiDocument = (serverURL?: string) => {
  const paths: Record<string, unknown> = {}
  for (const slug of Object.keys(PUBLIC_COLLECTIONS)) {
    const ref = { $ref: `#/components/schemas/${slug}` }
    paths[`/api/public/${slug}`] = {
      get: {
        summary: `List ${TITLES[slug]}`,
        parameters: [...filters(slug), ...common(slug)],
        responses: {
          200: {
            description: 'A page of documents',
            headers: cachedHeaders,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Page', properties: { docs: { type: 'array', items: ref } } } } },
          },
          304: { description: 'Not modified (If-None-Match matched)' },
          400: errorResponse,
        },
      },
    }
    paths[`/api/public/${slug}/count`] = {
      get: {
        summary: `Count ${TITLES[slug]}`,
        parameters: filters(slug),
        responses: { 200: { description: 'How many match', content: { 'application/json': { schema: { type: 'object', properties: { totalDocs: { type: 'integer' } } } } } }, 400: errorResponse },
      },
    }
    paths[`/api/public/${slug}/{id}`] = {
      get: {
        summary: `One of ${TITLES[slug]}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: 1 } },
          { name: 'select', in: 'query', schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'The document', headers: cachedHeaders, content: { 'application/json': { schema: ref } } }, 304: { description: 'Not modified' }, 404: errorResponse },
      },
    }
  }
  paths['/api/public/graphql'] = {
    post: {
      summary: 'Read-only GraphQL over the public contract (its own schema: the REST collections, fields and filters; no mutations; root fields, depth and cost limited)',
      requestBody: {
        content: { 'application/json': { schema: { type: 'object', required: ['query'], properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' } } } } },
      },
      responses: { 200: { description: 'GraphQL result' }, 400: errorResponse, 405: errorResponse },
    },
    get: {
      summary: 'The same query as GET parameters (query, variables as JSON, operationName), cacheable by URL',
      parameters: [
        { name: 'query', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'variables', in: 'query', schema: { type: 'string' } },
        { name: 'operationName', in: 'query', schema: { type: 'string' } },
      ],
      responses: { 200: { description: 'GraphQL result' }, 400: errorResponse },
    },
  }
  paths['/api/media/file/{filename}'] = {
    get: {
      summary: 'A file attached to a public record (other files are 403/404 to the public)',
      parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'The file' }, 403: { description: 'Not public' }, 404: { description: 'No such file' } },
    },
  }
  paths['/api/public/ping'] = { get: { summary: 'Liveness', responses: { 200: { description: '{"ok":true}' } } } }

  paths[SEARCH_PATH] = {
    get: {
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
        {
          name: 'q',
          in: 'query',
          required: true,
          description: `The query, at most ${SEARCH_MAX_QUERY} characters and ${SEARCH_MAX_TERMS} terms; at least one term of two or more characters.`,
          schema: { type: 'string', minLength: 1, maxLength: SEARCH_MAX_QUERY },
          example: '政務公開 預算',
        },
        { name: 'type', in: 'query', description: 'Only this collection.', schema: { type: 'string', enum: [...SEARCHABLE] } },
        {
          name: 'catalogue',
          in: 'query',
          description: 'Catalogue entry id; the entry and all its descendants. Interpretations have no catalogue, so this returns records only. An unknown entry is a 400.',
          schema: ID_SCHEMA,
          example: '12',
        },
        { name: 'department', in: 'query', description: 'Issuing department id.', schema: ID_SCHEMA, example: '3' },
        { name: 'year', in: 'query', description: 'Year of publication (China Standard Time).', schema: { type: 'integer', minimum: 1949, maximum: 2100 }, example: 2014 },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: 10 } },
      ],
      responses: {
        200: { description: 'A page of hits', headers: cachedHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResults' } } } },
        304: notModified,
        400: {
          description: `Refused; \`param\` names the parameter (an unknown or repeated parameter, a missing or too long \`q\`, no term of two characters, a limit over ${SEARCH_MAX_LIMIT}, an unknown catalogue entry)`,
          content: errorContent,
        },
        429: {
          description: 'Too many searches from this client in the current window',
          headers: { 'Retry-After': { description: 'Seconds until the window resets', schema: { type: 'integer', minimum: 1 } } },
          content: errorContent,
        },
      },
    },
  }

  const feedParameters = [
    { name: 'catalogue', in: 'query', description: 'Only this catalogue entry and its descendants (not together with `department`).', schema: ID_SCHEMA },
    { name: 'department', in: 'query', description: 'Only this issuing department (not together with `catalogue`).', schema: ID_SCHEMA },
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
  ]
  const feedNames: Record<keyof typeof FEED_FORMATS, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed (version 1)' }
  for (const format of Object.keys(FEED_FORMATS) as (keyof typeof FEED_FORMATS)[]) {
    const mediaType = FEED_FORMATS[format].split(';')[0]
    paths[`${FEEDS_PATH}/${format}`] = {
      get: {
        summary: `訂閱: the latest public records as ${feedNames[format]}, newest publishedAt first`,
        description: 'Each item links to the record page on the website (`PUBLIC_RECORD_URL`), which is also its id/guid.',
        parameters: feedParameters,
        responses: {
          200: {
            description: `The feed (${FEED_FORMATS[format]})`,
            headers: cachedHeaders,
            content: { [mediaType]: { schema: format === 'json' ? { $ref: '#/components/schemas/JsonFeed' } : { type: 'string' } } },
          },
          304: notModified,
          400: { description: 'Refused; `param` names the parameter (unknown parameter, bad id, limit outside 1–100, both catalogue and department)', content: errorContent },
          404: { description: 'No such catalogue entry or department', content: errorContent },
        },
      },
    }
  }

  paths[SITEMAP_PATH] = {
    get: {
      summary: `Sitemap index: one sitemap file per ${SITEMAP_PAGE.toLocaleString('en')} public records or interpretations`,
      description:
        'The files are listed under `PUBLIC_BASE_URL`. A sitemap may only list URLs of its own host: when the record pages (`PUBLIC_RECORD_URL`) live on another host, serve these through the website (a proxy) or declare them in its robots.txt.',
      responses: { 200: { description: 'A sitemapindex document', headers: cachedHeaders, content: { 'application/xml': { schema: { type: 'string' } } } }, 304: notModified },
    },
  }
  paths[`${SITEMAPS_PATH}{collection}-{page}.xml`] = {
    get: {
      summary: `Sitemap file: the page URLs (\`PUBLIC_RECORD_URL\`) of up to ${SITEMAP_PAGE.toLocaleString('en')} public documents, by id, with lastmod = updatedAt`,
      parameters: [
        { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...SEARCHABLE] } },
        { name: 'page', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 99999 } },
      ],
      responses: {
        200: { description: 'A urlset document', headers: cachedHeaders, content: { 'application/xml': { schema: { type: 'string' } } } },
        304: notModified,
        404: { description: 'No such file (a page past the last one, or another name)', content: errorContent },
      },
    },
  }

  const wechatParameters = [
    { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...SEARCHABLE] } },
    { name: 'id', in: 'path', required: true, schema: ID_SCHEMA },
  ]
  const wechatErrors = { 304: notModified, 400: { description: 'Not an id (`param`: `id`)', content: errorContent }, 404: notFoundResponse }
  paths[`${WECHAT_PATH}/{collection}/{id}`] = {
    get: {
      summary: '微信公眾號: a public record or interpretation as an article (sanitized HTML, digest, cover, QR code, absolute URLs)',
      parameters: wechatParameters,
      responses: { 200: { description: 'The article', headers: cachedHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/WechatArticle' } } } }, ...wechatErrors },
    },
  }
  const derived: [string, string, string][] = [
    ['cover.jpg', 'image/jpeg', `The cover, exactly ${COVER.width}×${COVER.height} JPEG: the record's cover image, else its first image attachment, else the first image in its body, cropped around the most interesting region; plain red when it has none`],
    ['thumb.jpg', 'image/jpeg', `The square thumbnail, ${THUMB.width}×${THUMB.height} JPEG, from the same image`],
    ['qr.png', 'image/png', 'QR code of the mobile page (`mobileUrl`), PNG'],
    ['qr.svg', 'image/svg+xml', 'QR code of the mobile page (`mobileUrl`), SVG'],
  ]
  for (const [name, type, summary] of derived) {
    paths[`${WECHAT_PATH}/{collection}/{id}/${name}`] = {
      get: { summary, parameters: wechatParameters, responses: { 200: { description: summary.split(':')[0], headers: cachedHeaders, content: binary(type) }, ...wechatErrors } },
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai public read API / 政府信息公開 公開接口',
      version: '1',
      description:
        'What government websites, WeChat official accounts and mini-programs may read: published, proactively disclosed records that passed secrecy review, their interpretations, the catalogue and the disclosure guide; search over them, feeds, sitemaps and WeChat articles. Read-only and anonymous.',
    },
    servers: [{ url: serverURL || '/' }],
    paths,
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(SHAPES).map(([slug, shape]) => [slug, schemaOfShape(shape)])),
        Page: {
          type: 'object',
          properties: {
            ...Object.fromEntries(['totalDocs', 'limit', 'page', 'totalPages', 'nextPage', 'prevPage'].map((name) => [name, { type: ['integer', 'null'] }])),
            hasNextPage: { type: 'boolean' },
            hasPrevPage: { type: 'boolean' },
          },
        },
        Error: {
          type: 'object',
          properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, param: { type: 'string' } } } } },
        },
        SearchResults: {
          type: 'object',
          required: ['q', 'terms', 'docs', 'totalDocs', 'titleMatches', 'limit', 'page', 'totalPages', 'hasPrevPage', 'hasNextPage', 'prevPage', 'nextPage'],
          properties: {
            q: { type: 'string', description: 'The query, trimmed' },
            terms: { type: 'array', items: { type: 'string' }, description: 'The terms searched for, folded (Simplified, half-width, lower case), duplicates removed' },
            docs: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
            totalDocs: { type: 'integer', description: 'Hits in the index' },
            titleMatches: { type: 'integer', description: 'How many of them hold every term in the title (they come first)' },
            limit: { type: 'integer' },
            page: { type: 'integer' },
            totalPages: { type: 'integer', minimum: 1 },
            hasPrevPage: { type: 'boolean' },
            hasNextPage: { type: 'boolean' },
            prevPage: { type: ['integer', 'null'] },
            nextPage: { type: ['integer', 'null'] },
          },
        },
        SearchHit: {
          type: 'object',
          required: ['type', 'id', 'title', 'titleHighlighted', 'snippet', 'matchedIn', 'publishedAt', 'department', 'href'],
          properties: {
            type: { type: 'string', enum: [...SEARCHABLE] },
            id: ID_VALUE,
            title: { type: 'string' },
            titleHighlighted: { type: 'string', description: 'The title as HTML-escaped text with <mark> around matches; safe to insert as HTML' },
            snippet: { type: 'string', description: 'About 96 characters of the indexed text around the first match (its start when only the title matched), HTML-escaped with <mark> around matches; … where cut' },
            matchedIn: { type: 'string', enum: ['title', 'body'], description: '`title` when every term is in the title' },
            publishedAt: NULLABLE_DATE,
            indexNumber: { ...NULLABLE_STRING, description: 'Records only' },
            documentNumber: { ...NULLABLE_STRING, description: 'Records only' },
            form: { ...NULLABLE_STRING, description: 'Interpretations only' },
            department: DEPARTMENT_REF,
            href: { type: 'string', description: 'The detail in this API, e.g. /api/public/disclosures/8' },
          },
          oneOf: [
            { properties: { type: { const: 'disclosures' } }, required: ['indexNumber', 'documentNumber'] },
            { properties: { type: { const: 'interpretations' } }, required: ['form'] },
          ],
        },
        WechatArticle: {
          type: 'object',
          required: ['type', 'id', 'title', 'digest', 'author', 'department', 'publishedAt', 'content', 'contentSourceUrl', 'mobileUrl', 'cover', 'thumb', 'qrCode', 'attachments', 'updatedAt'],
          properties: {
            type: { type: 'string', enum: [...SEARCHABLE] },
            id: ID_VALUE,
            title: { type: 'string' },
            digest: { type: 'string', maxLength: 120, description: 'The summary, else the body text, whitespace collapsed; cut with … at 120 characters' },
            author: { ...NULLABLE_STRING, description: 'The issuing department’s name' },
            department: DEPARTMENT_REF,
            publishedAt: NULLABLE_DATE,
            indexNumber: { ...NULLABLE_STRING, description: 'Records only' },
            documentNumber: { ...NULLABLE_STRING, description: 'Records only' },
            interpreter: { ...NULLABLE_STRING, description: 'Interpretations only' },
            content: {
              type: 'string',
              description:
                'The body as sanitized HTML: text structure, lists, tables, links and images only; no script, style, frames, forms, classes or event handlers; links only http, https, mailto and tel, images only http and https, every URL absolute; files the public may not read are left out',
            },
            contentSourceUrl: { type: 'string', format: 'uri', description: 'The record page on the website (PUBLIC_RECORD_URL)' },
            mobileUrl: { type: 'string', format: 'uri', description: 'The record page on the mobile site (PUBLIC_MOBILE_URL)' },
            cover: {
              type: 'object',
              required: ['url', 'width', 'height', 'source'],
              properties: {
                url: { type: 'string', format: 'uri' },
                width: { const: COVER.width },
                height: { const: COVER.height },
                source: { type: ['string', 'null'], format: 'uri', description: 'The image the cover is cut from; null for the plain cover' },
              },
            },
            thumb: { type: 'object', required: ['url', 'width', 'height'], properties: { url: { type: 'string', format: 'uri' }, width: { const: THUMB.width }, height: { const: THUMB.height } } },
            qrCode: { type: 'object', required: ['png', 'svg'], properties: { png: { type: 'string', format: 'uri' }, svg: { type: 'string', format: 'uri' } } },
            attachments: {
              type: 'array',
              items: {
                type: 'object',
                required: ['filename', 'url', 'mimeType', 'filesize'],
                properties: { filename: NULLABLE_STRING, url: { type: ['string', 'null'], format: 'uri' }, mimeType: NULLABLE_STRING, filesize: { type: ['integer', 'null'] } },
              },
            },
            updatedAt: NULLABLE_DATE,
          },
          oneOf: [
            { properties: { type: { const: 'disclosures' } }, required: ['indexNumber', 'documentNumber'] },
            { properties: { type: { const: 'interpretations' } }, required: ['interpreter'] },
          ],
        },
        JsonFeed: {
          type: 'object',
          description: 'JSON Feed, as the `feed` package writes it: version 1 (`author`, not 1.1’s `authors`)',
          required: ['version', 'title', 'items'],
          properties: {
            version: { const: 'https://jsonfeed.org/version/1' },
            title: { type: 'string' },
            home_page_url: { type: 'string', format: 'uri' },
            feed_url: { type: 'string', format: 'uri' },
            description: { type: 'string' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'content_html', 'url', 'title', 'date_modified'],
                properties: {
                  id: { type: 'string', description: 'The record page URL' },
                  url: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  summary: { type: 'string', description: 'The record’s summary, as plain text (absent when it has none)' },
                  content_html: { type: 'string', description: 'The summary, document number and index number as HTML' },
                  date_modified: { type: 'string', format: 'date-time', description: 'publishedAt' },
                  date_published: { type: 'string', format: 'date-time' },
                  author: { type: 'object', properties: { name: { type: 'string', description: 'The issuing department' } } },
                },
              },
            },
          },
        },
      },
    },
  }
}
