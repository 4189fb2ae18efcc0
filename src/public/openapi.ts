import type { Shape } from './contract.js'
import { PUBLIC_COLLECTIONS, SHAPES, selectableFields } from './contract.js'
import { DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT } from './query.js'

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

const errorResponse = { description: 'Refused; the message names the parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }

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
      summary: 'Read-only GraphQL as an anonymous caller (the schema of /api/graphql; mutations refused; depth and cost limited)',
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

  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai public read API / 政府信息公開 公開接口',
      version: '1',
      description:
        'What government websites, WeChat official accounts and mini-programs may read: published, proactively disclosed records that passed secrecy review, their interpretations, the catalogue and the disclosure guide. Read-only and anonymous.',
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
      },
    },
  }
}
