import type { SearchIndexRow } from '../../collections/search/SearchIndex.js'
import { CHINA_OFFSET_MS } from '../../lib/chinaDate.js'
import { fold } from '../../lib/search/normalize.js'

/** One searchable record as the in-memory index holds it. */
export type Doc = {
  key: string
  record: string
  id: string
  title: string
  text: string
  /** Folded forms (Simplified, lower case), position for position the same as the originals. */
  titleFolded: string
  textFolded: string
  date: number
  year: number
  department: string | null
  catalogue: string[]
  /** The row's `updatedAt`: a row seen again unchanged is skipped. */
  version: string
  alive: boolean
}

export type SearchFilters = {
  record?: string
  department?: string
  /** The catalogue entry and its descendants. */
  catalogue?: Set<string>
  year?: number
}

export type SearchHit = { doc: Doc; inTitle: boolean }

const yearOf = (time: number) => new Date(time + CHINA_OFFSET_MS).getUTCFullYear()

/** Newer first, then by key, so equal dates keep one order on every instance. */
export const newerFirst = (a: Doc, b: Doc) => b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

export const docOf = (row: SearchIndexRow): Doc => {
  const title = String(row.title ?? '')
  const text = String(row.text ?? '')
  const date = row.publishedAt ? new Date(row.publishedAt).getTime() : 0
  return {
    key: row.key,
    record: row.record,
    id: String(row.recordId),
    title,
    text,
    titleFolded: fold(title),
    textFolded: fold(text),
    date,
    year: yearOf(date),
    department: row.department ?? null,
    catalogue: Array.isArray(row.catalogue) ? row.catalogue.map(String) : [],
    version: new Date(row.updatedAt).toISOString(),
    alive: true,
  }
}

/**
 * How a record answers the query: -1 no match (or filtered out), 0 every term in the title, 1 otherwise.
 * `exact`: the posting lists already proved every term is present (each is one bigram of an indexed record).
 */
export const matchTier = (doc: Doc, terms: string[], filters: SearchFilters, exact: boolean): number => {
  if (!doc.alive) return -1
  if (filters.record && doc.record !== filters.record) return -1
  if (filters.department && doc.department !== filters.department) return -1
  if (filters.year && doc.year !== filters.year) return -1
  if (filters.catalogue && !doc.catalogue.some((id) => filters.catalogue!.has(id))) return -1
  let inTitle = true
  for (const term of terms) {
    const title = doc.titleFolded.includes(term)
    if (!title && !exact && !doc.textFolded.includes(term)) return -1
    inTitle &&= title
  }
  return inTitle ? 0 : 1
}
