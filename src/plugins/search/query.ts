import type { CollectionSlug, Payload, PopulateType } from 'payload'

import type { UntypedDoc } from '../../core/docs.js'
import { searchedRecordsOf } from '../../core/records.js'
import type { SearchFilters } from './memoryIndex.js'
import { MemorySearchIndex } from './memoryIndex.js'
import { fold, queryTerms } from '../../lib/search/normalize.js'
import { highlight, snippet } from '../../lib/search/snippet.js'
import { badParam } from '../publicApi/errors.js'
import type { IdKind } from '../publicApi/query.js'
import { integer, MAX_YEAR, MIN_YEAR, parseId, refuseRepeated } from '../publicApi/query.js'

export const SEARCH_PATH = '/api/search'
export const SEARCH_MAX_LIMIT = 50
export const SEARCH_DEFAULT_LIMIT = 10
export const SEARCH_MAX_PAGE = 1_000
export const SEARCH_MAX_QUERY = 64
export const SEARCH_MAX_TERMS = 8
const PARAMS = new Set(['q', 'type', 'catalogue', 'department', 'year', 'page', 'limit'])

// On globalThis, like the response cache: every copy of this module in a process shares one index.
const KEY = Symbol.for('gongkai.searchIndex')
const store = globalThis as unknown as { [KEY]?: WeakMap<Payload, MemorySearchIndex> }
const indexes = (store[KEY] ??= new WeakMap())

/** This process's in-memory search index for a Payload instance. */
export const searchIndexOf = (payload: Payload): MemorySearchIndex => {
  let index = indexes.get(payload)
  if (!index) indexes.set(payload, (index = new MemorySearchIndex(payload)))
  return index
}

export type SearchQuery = { terms: string[]; filters: SearchFilters; catalogue?: string; page: number; limit: number; q: string }

/** The search types of a config: its searchable records (disclosures, interpretations and a host's own). */
export const searchTypesOf = (config: Pick<Payload['config'], 'custom'>): string[] => searchedRecordsOf(config).map((record) => record.slug)

export const parseSearchQuery = (params: URLSearchParams, ids: IdKind, types: readonly string[]): SearchQuery => {
  const query: SearchQuery = { terms: [], filters: {}, page: 1, limit: SEARCH_DEFAULT_LIMIT, q: '' }
  for (const [param] of params) {
    if (!param.startsWith('_') && !PARAMS.has(param))
      throw badParam(param, `unknown parameter; allowed: ${[...PARAMS].join(', ')} / 不支持的參數`)
  }
  refuseRepeated(params)
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (param === 'q') query.q = value
    else if (param === 'type') {
      if (!types.includes(value)) throw badParam(param, `unknown type ${value}; allowed: ${types.join(', ')} / 類型無效`)
      query.filters.record = value
    } else if (param === 'catalogue') query.catalogue = parseId(value, param, ids)
    else if (param === 'department') query.filters.department = parseId(value, param, ids)
    else if (param === 'year') query.filters.year = integer(value, param, MIN_YEAR, MAX_YEAR)
    else if (param === 'page') query.page = integer(value, param, 1, SEARCH_MAX_PAGE)
    else if (param === 'limit') query.limit = integer(value, param, 1, SEARCH_MAX_LIMIT)
  }
  const q = query.q.trim()
  if (!q) throw badParam('q', 'a search term is required / 請輸入檢索詞')
  if (q.length > SEARCH_MAX_QUERY) throw badParam('q', `longer than ${SEARCH_MAX_QUERY} characters / 檢索詞過長`)
  query.terms = queryTerms(q)
  if (query.terms.length > SEARCH_MAX_TERMS) throw badParam('q', `more than ${SEARCH_MAX_TERMS} terms / 檢索詞過多`)
  if (!query.terms.some((term) => term.length >= 2))
    throw badParam('q', 'at least one term of two or more characters is needed / 檢索詞至少兩個字')
  query.q = q
  return query
}

/**
 * `/api/search`: public records and interpretations holding every term, title matches first, newest
 * first within each, with highlighted title and snippet. Candidates come from the in-memory index; the
 * page is then read as the anonymous caller, so whatever the index still holds, only what the access
 * rules show the public at this moment is returned.
 */
export const runSearch = async (payload: Payload, query: SearchQuery, catalogueIds?: (string | number)[]) => {
  const index = searchIndexOf(payload)
  await index.refresh()
  const filters: SearchFilters = { ...query.filters, ...(catalogueIds ? { catalogue: new Set(catalogueIds.map(String)) } : {}) }
  const { total, titleTotal, hits: page } = index.search(query.terms, filters, (query.page - 1) * query.limit, query.limit)
  const current = new Map<string, UntypedDoc>()
  const searched = searchedRecordsOf(payload.config)
  for (const { slug: record, search } of searched) {
    const ids = page.filter((hit) => hit.doc.record === record).map((hit) => hit.doc.id)
    if (!ids.length) continue
    const found = await payload.find({
      collection: record as CollectionSlug,
      where: { id: { in: ids } },
      // By id: with the collection's default sort SQLite may walk the publishedAt index over every record.
      sort: 'id',
      select: Object.fromEntries(['title', 'publishedAt', 'department', ...search.result].map((field) => [field, true])),
      populate: { departments: { name: true } } as PopulateType,
      depth: 1,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
    })
    for (const doc of found.docs as UntypedDoc[]) current.set(`${record}:${doc.id}`, doc)
  }
  const terms = query.terms
  const resultFields = new Map<string, string[]>(searched.map(({ slug, search }) => [slug, search.result]))
  const docs = page.flatMap(({ doc, inTitle }) => {
    const found = current.get(doc.key)
    if (!found) return []
    const department =
      found.department && typeof found.department === 'object' ? { id: found.department.id, name: found.department.name } : null
    const foundTitle = String(found.title ?? '')
    return [
      {
        type: doc.record,
        id: found.id,
        title: foundTitle,
        titleHighlighted: highlight(foundTitle, fold(foundTitle), terms),
        snippet: snippet(doc.text, doc.textFolded, terms),
        matchedIn: inTitle ? 'title' : 'body',
        publishedAt: found.publishedAt ?? null,
        ...Object.fromEntries((resultFields.get(doc.record) ?? []).map((field) => [field, found[field] ?? null])),
        department,
        href: `/api/public/${doc.record}/${found.id}`,
      },
    ]
  })
  const totalDocs = total
  const totalPages = Math.max(1, Math.ceil(totalDocs / query.limit))
  return {
    q: query.q,
    terms,
    docs,
    totalDocs,
    titleMatches: titleTotal,
    limit: query.limit,
    page: query.page,
    totalPages,
    hasPrevPage: query.page > 1,
    hasNextPage: query.page < totalPages,
    prevPage: query.page > 1 ? query.page - 1 : null,
    nextPage: query.page < totalPages ? query.page + 1 : null,
  }
}
