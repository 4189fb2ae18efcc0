import type { CollectionSlug, Payload } from 'payload'

import { publicCacheOf } from '../../core/publicCacheRegistry.js'
import { SEARCH_INDEX } from '../../collections/search/SearchIndex.js'
import { lexicalText } from '../../lib/search/text.js'

/** Collections whose public documents are searchable. */
export const SEARCHABLE = ['disclosures', 'interpretations'] as const
export type Searchable = (typeof SEARCHABLE)[number]

/** Text beyond this many characters of a record is not indexed (bounded memory per record). */
export const MAX_INDEXED_TEXT = 20_000

export type IndexEntry = {
  key: string
  record: Searchable
  recordId: string
  title: string
  text: string
  publishedAt: string | null
  department: string | null
  catalogue: string[]
}

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'object' ? idOf((value as { id?: unknown }).id) : String(value)
}

export const keyOf = (record: string, id: string | number) => `${record}:${id}`

/** The fields of a record that search reads, so the index never holds more than it needs. */
export const INDEXED_SELECT = {
  disclosures: { title: true, summary: true, keywords: true, documentNumber: true, indexNumber: true, body: true, publishedAt: true, department: true, catalogue: true },
  interpretations: { title: true, interpreter: true, body: true, publishedAt: true, department: true },
} as const

/** What the index keeps of a public record: its title, and its other words as one text. */
export const entryOf = (record: Searchable, doc: Record<string, any>): IndexEntry => {
  const parts = [doc.summary, Array.isArray(doc.keywords) ? doc.keywords.join(' ') : null, doc.documentNumber, doc.indexNumber, doc.interpreter, lexicalText(doc.body)]
  return {
    key: keyOf(record, doc.id),
    record,
    recordId: String(doc.id),
    title: String(doc.title ?? ''),
    text: parts.filter((part) => typeof part === 'string' && part.trim()).join('\n').slice(0, MAX_INDEXED_TEXT),
    publishedAt: doc.publishedAt ?? null,
    department: idOf(doc.department),
    catalogue: Array.isArray(doc.catalogue) ? doc.catalogue.map(idOf).filter((id: string | null): id is string => id !== null) : [],
  }
}

const sameEntry = (row: Record<string, any>, entry: IndexEntry) =>
  !row.removed &&
  row.title === entry.title &&
  (row.text ?? '') === entry.text &&
  (row.publishedAt ? new Date(row.publishedAt).getTime() : null) === (entry.publishedAt ? new Date(entry.publishedAt).getTime() : null) &&
  (row.department ?? null) === entry.department &&
  JSON.stringify(row.catalogue ?? []) === JSON.stringify(entry.catalogue)

const isUniqueViolation = (err: unknown) => /unique|duplicate/i.test(String((err as Error)?.message ?? err)) || (err as any)?.status === 400

/**
 * Brings one record's row in line with what the public may see of it now. The record is read as the
 * anonymous caller (`overrideAccess: false`), so the index can only ever hold what the access rules
 * show the public: a record that is not public gets a tombstone, never its text.
 */
export const reindexRecord = async (payload: Payload, record: Searchable, id: string | number): Promise<'indexed' | 'removed' | 'unchanged'> => {
  const doc = await payload.findByID({
    collection: record as CollectionSlug,
    id,
    depth: 0,
    select: INDEXED_SELECT[record] as any,
    overrideAccess: false,
    disableErrors: true,
  })
  const key = keyOf(record, id)
  const found = await payload.find({ collection: SEARCH_INDEX as CollectionSlug, where: { key: { equals: key } }, sort: 'key', limit: 1, depth: 0, pagination: false })
  const row = found.docs[0] as Record<string, any> | undefined
  if (!doc) {
    if (!row || row.removed) return 'unchanged'
    await payload.update({ collection: SEARCH_INDEX as CollectionSlug, id: row.id, data: { removed: true, title: '', text: '', catalogue: [] } as any, depth: 0 })
    return 'removed'
  }
  const entry = entryOf(record, doc)
  if (row && sameEntry(row, entry)) return 'unchanged'
  const data = { ...entry, removed: false } as any
  if (row) {
    await payload.update({ collection: SEARCH_INDEX as CollectionSlug, id: row.id, data, depth: 0 })
    return 'indexed'
  }
  try {
    await payload.create({ collection: SEARCH_INDEX as CollectionSlug, data, depth: 0 })
  } catch (err) {
    // Another process indexed the same record a moment ago: update its row instead.
    if (!isUniqueViolation(err)) throw err
    const again = await payload.find({ collection: SEARCH_INDEX as CollectionSlug, where: { key: { equals: key } }, sort: 'key', limit: 1, depth: 0, pagination: false })
    if (!again.docs[0]) throw err
    await payload.update({ collection: SEARCH_INDEX as CollectionSlug, id: again.docs[0].id, data, depth: 0 })
  }
  return 'indexed'
}

/** The interpretations that link to a record: their visibility follows their policies' (DESIGN §4.3). */
export const interpretationsOf = async (payload: Payload, recordId: string | number) => {
  const found = await payload.find({
    collection: 'interpretations' as CollectionSlug,
    where: { policies: { in: [recordId] } },
    select: { title: true } as any,
    depth: 0,
    pagination: false,
  })
  return found.docs.map((doc) => doc.id)
}

/**
 * Reindexes every record and tombstones rows of records that are no longer public: for an installation
 * that had records before search existed, or after data was changed outside Payload.
 */
export const rebuildSearchIndex = async (payload: Payload, log: (line: string) => void = () => {}) => {
  const counts = { indexed: 0, removed: 0, unchanged: 0 }
  for (const record of SEARCHABLE) {
    for (let page = 1; ; page++) {
      const found = await payload.find({ collection: record as CollectionSlug, select: { title: true } as any, depth: 0, limit: 500, page, sort: 'id' })
      for (const doc of found.docs) counts[await reindexRecord(payload, record, doc.id)] += 1
      log(`${record}: page ${page} of ${found.totalPages}`)
      if (!found.hasNextPage) break
    }
  }
  // Rows of records that were deleted outside Payload's hooks: listed first, since tombstoning them while
  // paging through the live rows would shift the pages.
  const live = await payload.find({ collection: SEARCH_INDEX as CollectionSlug, where: { removed: { not_equals: true } }, select: { record: true, recordId: true } as any, depth: 0, pagination: false })
  for (const row of live.docs as any[]) {
    const exists = await payload.count({ collection: row.record, where: { id: { equals: row.recordId } } })
    if (!exists.totalDocs) counts[await reindexRecord(payload, row.record, row.recordId)] += 1
  }
  await publicCacheOf(payload)?.invalidate()
  return counts
}
