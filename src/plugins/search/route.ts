import { normalizedKey } from '../publicApi/routes/cacheKey.js'
import type { RateLimit } from '../../lib/rateLimit.js'
import type { DocContext, PublicRoute, ResolvedRouteOptions } from '../publicApi/routes/types.js'
import { READ_METHODS } from '../publicApi/routes/types.js'
import { departmentRef, NULLABLE_DATE, NULLABLE_STRING } from '../publicApi/openapiFeatures.js'
import { errorContent, json, ok, query, readResponses } from '../publicApi/openapiParts.js'
import { ref } from '../publicApi/openapiSchemas.js'
import type { IdKind, JsonSchema } from '../publicApi/query.js'
import { idParamSchema, idValueSchema, MAX_YEAR, MIN_YEAR } from '../publicApi/query.js'
import { searchedRecordsOf } from '../../core/records.js'
import { MAX_INDEXED_TEXT } from './indexer.js'
import {
  parseSearchQuery,
  searchTypesOf,
  runSearch,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  SEARCH_MAX_PAGE,
  SEARCH_MAX_QUERY,
  SEARCH_MAX_TERMS,
  SEARCH_PATH,
} from './query.js'

/**
 * `/api/search` as a route of the public API: the search plugin's query side, added to the API's route
 * table where the API is created. Limited per client (`searchRateLimit`), since a search costs more than a read.
 */
export const searchRoute: PublicRoute = {
  name: 'search',
  paths: [SEARCH_PATH],
  methods: READ_METHODS,
  cached: true,
  rateLimit: {
    of: (options) => options.searchRateLimit,
    message: (wait) => `too many searches; try again in ${wait} s / 檢索過於頻繁，請 ${wait} 秒後再試`,
  },
  handle: async ({ path, url }, { payload, ids, reads }) => {
    const query = parseSearchQuery(url.searchParams, ids, searchTypesOf(payload.config))
    return {
      key: normalizedKey(path, url.searchParams),
      compute: async () => {
        const catalogue = query.catalogue ? await reads.catalogueWithDescendants(query.catalogue) : undefined
        return { body: JSON.stringify(await runSearch(payload, query, catalogue)), cacheable: true }
      },
    }
  },
  document: ({ ids, config, options }) => ({
    paths: { [SEARCH_PATH]: { get: searchOperation(ids, options, searchTypesOf(config)) } },
    schemas: searchSchemas(ids, config),
  }),
}

/** The limit in force on this server (`PUBLIC_SEARCH_RATE_LIMIT`), as the route checks it. */
const limitText = ({ limit, windowMs }: RateLimit) =>
  limit > 0
    ? `Limited per client (\`PUBLIC_SEARCH_RATE_LIMIT\`; here ${limit} in ${windowMs / 1000} s): beyond it, 429 with Retry-After.`
    : 'Not limited per client on this server (`PUBLIC_SEARCH_RATE_LIMIT=0`); where a limit is set, beyond it 429 with Retry-After.'

const searchOperation = (ids: IdKind, options: ResolvedRouteOptions, types: string[]) => ({
  operationId: 'search',
  summary: '全文檢索: search public records and interpretations (Simplified and Traditional alike)',
  description: [
    'Every term must match. The query and the indexed text are folded per character (Traditional → Simplified with OpenCC, full-width → ASCII, ASCII case-insensitive), and terms are split at spaces, punctuation and symbols.',
    'Matching is by substring over character bigrams, so any run of two or more characters is found, inside words too.',
    'Records with every term in the title come first (`matchedIn: "title"`), then the others; newest `publishedAt` first within each.',
    `Indexed: the title, and the summary, keywords, document number, index number, interpreter and body text, cut at ${MAX_INDEXED_TEXT.toLocaleString('en')} characters together.`,
    'Every page is read again as the anonymous caller before it is answered, so a record that is no longer public is never returned; `totalDocs` counts what the index holds, so for a moment after a withdrawal a page may hold fewer than `limit` documents.',
    limitText(options.searchRateLimit),
  ].join(' '),
  parameters: [
    query(
      'q',
      { type: 'string', minLength: 1, maxLength: SEARCH_MAX_QUERY },
      {
        required: true,
        description: `The query, at most ${SEARCH_MAX_QUERY} characters and ${SEARCH_MAX_TERMS} terms; at least one term of two or more characters.`,
        example: '政務公開 預算',
      },
    ),
    query('type', { type: 'string', enum: types }, { description: 'Only this collection.' }),
    query('catalogue', idParamSchema(ids), {
      description:
        'Catalogue entry id; the entry and all its descendants. Interpretations have no catalogue, so this returns records only. An unknown entry is a 400.',
    }),
    query('department', idParamSchema(ids), { description: 'Issuing department id.' }),
    query(
      'year',
      { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR },
      { description: 'Year of publication (China Standard Time).', example: 2014 },
    ),
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
})

/** The body of a search, as `runSearch` writes it. */
const searchSchemas = (ids: IdKind, config: DocContext['config']): Record<string, JsonSchema> => ({
  SearchResults: {
    type: 'object',
    required: [
      'q',
      'terms',
      'docs',
      'totalDocs',
      'titleMatches',
      'limit',
      'page',
      'totalPages',
      'hasPrevPage',
      'hasNextPage',
      'prevPage',
      'nextPage',
    ],
    properties: {
      q: { type: 'string', description: 'The query, trimmed' },
      terms: {
        type: 'array',
        items: { type: 'string' },
        description: 'The terms searched for, folded (Simplified, half-width, lower case), duplicates removed',
      },
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
      type: { type: 'string', enum: searchTypesOf(config) },
      id: idValueSchema(ids),
      title: { type: 'string' },
      titleHighlighted: {
        type: 'string',
        description: 'The title as HTML-escaped text with <mark> around matches; safe to insert as HTML',
      },
      snippet: {
        type: 'string',
        description:
          'About 96 characters of the indexed text around the first match (its start when only the title matched), HTML-escaped with <mark> around matches; … where cut',
      },
      matchedIn: { type: 'string', enum: ['title', 'body'], description: '`title` when every term is in the title' },
      publishedAt: NULLABLE_DATE,
      indexNumber: { ...NULLABLE_STRING, description: 'Records only' },
      documentNumber: { ...NULLABLE_STRING, description: 'Records only' },
      form: { ...NULLABLE_STRING, description: 'Interpretations only' },
      department: departmentRef(ids),
      href: { type: 'string', description: 'The detail in this API, e.g. /api/public/disclosures/8' },
    },
    // Each type carries its own result fields (the record's search definition).
    oneOf: searchedRecordsOf(config).map(({ slug, search }) => ({ properties: { type: { const: slug } }, required: search.result })),
  },
})
