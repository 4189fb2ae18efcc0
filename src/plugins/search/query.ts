import type { CollectionSlug, Payload } from 'payload'

import { SEARCHABLE, type Searchable } from './indexer.js'
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

export const parseSearchQuery = (params: URLSearchParams, ids: IdKind): SearchQuery => {
  const query: SearchQuery = { terms: [], filters: {}, page: 1, limit: SEARCH_DEFAULT_LIMIT, q: '' }
  for (const [param] of params) {
    if (!param.startsWith('_') && !PARAMS.has(param)) throw badParam(param, `unknown parameter; allowed: ${[...PARAMS].join(', ')} / 不支持的參數`)
  }
  refuseRepeated(params)
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (param === 'q') query.q = value
    else if (param === 'type') {
      if (!SEARCHABLE.includes(value as Searchable)) throw badParam(param, `unknown type ${value}; allowed: ${SEARCHABLE.join(', ')} / 類型無效`)
      query.filters.record = value as Searchable
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
  if (!query.terms.some((term) => term.length >= 2)) throw badParam('q', 'at least one term of two or more characters is needed / 檢索詞至少兩個字')
  query.q = q
  return query
}

const SELECT = {
  disclosures: { title: true, indexNumber: true, documentNumber: true, publishedAt: true, department: true },
  interpretations: { title: true, publishedAt: true, department: true, form: true },
} as const

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
  const current = new Map<string, Record<string, any>>()
  for (const record of SEARCHABLE) {
    const ids = page.filter((hit) => hit.doc.record === record).map((hit) => hit.doc.id)
    if (!ids.length) continue
    const found = await payload.find({
      collection: record as CollectionSlug,
      where: { id: { in: ids } },
      // By id: with the collection's default sort SQLite may walk the publishedAt index over every record.
      sort: 'id',
      select: SELECT[record] as any,
      populate: { departments: { name: true } } as any,
      depth: 1,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
    })
    for (const doc of found.docs as any[]) current.set(`${record}:${doc.id}`, doc)
  }
  const terms = query.terms
  const docs = page.flatMap(({ doc, inTitle }) => {
    const found = current.get(doc.key)
    if (!found) return []
    const department = found.department && typeof found.department === 'object' ? { id: found.department.id, name: found.department.name } : null
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
        ...(doc.record === 'disclosures' ? { indexNumber: found.indexNumber ?? null, documentNumber: found.documentNumber ?? null } : { form: found.form ?? null }),
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
