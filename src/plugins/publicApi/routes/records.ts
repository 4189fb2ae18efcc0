import type { CollectionSlug } from 'payload'

import { PUBLIC_COLLECTIONS, selectableFields } from '../contract.js'
import { collectionSchemas, pageSchema, ref, SCHEMA_NAMES } from '../openapiSchemas.js'
import { commaList, json, ok, query, readResponses, use } from '../openapiParts.js'
import type { IdKind, JsonSchema } from '../query.js'
import { DEFAULT_LIMIT, idParamSchema, MAX_DEPTH, MAX_LIMIT, MAX_PAGE } from '../query.js'
import { normalizedKey } from './cacheKey.js'
import type { PublicRoute } from './types.js'
import { PUBLIC_BASE_PATH, READ_METHODS } from './types.js'

const TITLES: Record<string, string> = {
  disclosures: '政府信息 (public records)',
  interpretations: '政策解讀 (policy interpretations)',
  'catalogue-entries': '公開目錄 (disclosure catalogue)',
  departments: '機構與公開指南 (departments and their disclosure guide)',
}

/** Operation ids: `listDisclosures`, `countCatalogueEntries`, `getDepartment`, … */
const PLURALS: Record<string, string> = {
  disclosures: 'Disclosures',
  interpretations: 'Interpretations',
  'catalogue-entries': 'CatalogueEntries',
  departments: 'Departments',
}

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

/** An example in the parameter's own type (ids only on the SQL adapters, where they are small numbers). */
const exampleFor = (schema: JsonSchema, raw: string | undefined): unknown => {
  if (raw === undefined) return undefined
  const types = [schema, ...((schema.anyOf as JsonSchema[] | undefined) ?? [])].map((candidate) => candidate.type)
  if (types.includes('array')) return raw.split(',')
  if (types.includes('integer')) return Number(raw)
  return schema.anyOf || schema.pattern ? undefined : raw
}

const idPath = (ids: IdKind) => ({ name: 'id', in: 'path', required: true, schema: idParamSchema(ids) })

const filterParameters = (slug: string, ids: IdKind) =>
  Object.entries(PUBLIC_COLLECTIONS[slug].params.filters).map(([name, filter]) => {
    const schema = filter.schema(ids)
    const example = exampleFor(schema, FILTER_DOCS[name]?.example)
    return query(name, schema, {
      description: FILTER_DOCS[name]?.description,
      ...(filter.list ? commaList : {}),
      ...(example === undefined ? {} : { example }),
    })
  })

const selectParameter = (slug: string) =>
  query(
    'select',
    { type: 'array', items: { type: 'string', enum: selectableFields(slug) }, minItems: 1 },
    { ...commaList, description: 'Fields to return, comma-separated; the documents then hold `id` and these only.' },
  )

const pagingParameters = (slug: string) => {
  const { params } = PUBLIC_COLLECTIONS[slug]
  return [
    query('page', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }),
    query(
      'limit',
      { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
      { description: `At most ${MAX_LIMIT}: a larger page is refused, not cut.` },
    ),
    query('sort', { type: 'string', enum: params.sorts, default: params.defaultSort }),
    query(
      'depth',
      { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: 0 },
      { description: 'How deep to populate relationships; lists default to 0.' },
    ),
    selectParameter(slug),
  ]
}

const slugs = () => Object.keys(PUBLIC_COLLECTIONS)
const perCollection = (suffix: string) => slugs().map((slug) => `${PUBLIC_BASE_PATH}/${slug}${suffix}`)
const byPath = (suffix: string, item: (slug: string) => Record<string, unknown>) =>
  Object.fromEntries(slugs().map((slug) => [`${PUBLIC_BASE_PATH}/${slug}${suffix}`, { get: item(slug) }]))

export const listRoute: PublicRoute = {
  name: 'records.list',
  paths: perCollection(''),
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path, url }, { reads }) => ({
    key: normalizedKey(path, url.searchParams),
    compute: async () => ({ body: JSON.stringify(await reads.list(collectionOf(path), url.searchParams, false)), cacheable: true }),
  }),
  document: ({ ids, config }) => ({
    paths: byPath('', (slug) => ({
      operationId: `list${PLURALS[slug]}`,
      summary: `List ${TITLES[slug]}`,
      parameters: [...filterParameters(slug, ids), ...pagingParameters(slug)],
      responses: readResponses(ok('A page of documents', json(ref(`${SCHEMA_NAMES[slug]}Page`)))),
    })),
    schemas: {
      ...collectionSchemas(config.collections, ids),
      ...Object.fromEntries(slugs().map((slug) => [`${SCHEMA_NAMES[slug]}Page`, pageSchema(SCHEMA_NAMES[slug])])),
    },
  }),
}

export const countRoute: PublicRoute = {
  name: 'records.count',
  paths: perCollection('/count'),
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path, url }, { reads }) => ({
    key: normalizedKey(path, url.searchParams),
    compute: async () => ({ body: JSON.stringify(await reads.list(collectionOf(path), url.searchParams, true)), cacheable: true }),
  }),
  document: ({ ids }) => ({
    paths: byPath('/count', (slug) => ({
      operationId: `count${PLURALS[slug]}`,
      summary: `Count ${TITLES[slug]}`,
      parameters: filterParameters(slug, ids),
      responses: readResponses(
        ok('How many match', json({ type: 'object', required: ['totalDocs'], properties: { totalDocs: { type: 'integer', minimum: 0 } } })),
      ),
    })),
  }),
}

export const detailRoute: PublicRoute = {
  name: 'records.detail',
  paths: perCollection('/{id}'),
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path, params, url }, { reads }) => ({
    key: normalizedKey(path, url.searchParams),
    compute: async () => ({ body: JSON.stringify(await reads.detail(collectionOf(path), params.id, url.searchParams)), cacheable: true }),
  }),
  document: ({ ids }) => ({
    paths: byPath('/{id}', (slug) => ({
      operationId: `get${SCHEMA_NAMES[slug]}`,
      summary: `One of ${TITLES[slug]}`,
      parameters: [
        idPath(ids),
        query('depth', { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: PUBLIC_COLLECTIONS[slug].detailDepth }),
        selectParameter(slug),
      ],
      responses: readResponses(ok('The document', json(ref(SCHEMA_NAMES[slug]))), { 404: use('NotFound') }),
    })),
  }),
}

/** The collection a matched path names (its first segment under the base path). */
const collectionOf = (path: string) => path.slice(PUBLIC_BASE_PATH.length + 1).split('/')[0] as CollectionSlug
