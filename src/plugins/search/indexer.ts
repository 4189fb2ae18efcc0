import type { CollectionSlug, Payload, SelectType } from 'payload'

import { DEFAULT_RECORDS, type DefaultRecordSlug } from '../../collections/records/definitions.js'
import type { SearchIndexRow } from '../../collections/search/SearchIndex.js'
import { SEARCH_INDEX } from '../../collections/search/SearchIndex.js'
import type { UntypedDoc } from '../../core/docs.js'
import { invalidatePublicCache } from '../../core/publicCacheRegistry.js'
import type { RecordDefinition, RecordSearch } from '../../core/records.js'
import { recordOf, searchedRecordsOf } from '../../core/records.js'
import { lexicalText } from '../../lib/search/text.js'

/**
 * The searchable records of the default set (for code without a config at hand: the query parameter's
 * schema, feeds). A config's own list is `searchedRecordsOf(config)`.
 */
export const DEFAULT_SEARCHED_RECORDS = DEFAULT_RECORDS.filter((record) => record.search).map(
  (record) => record.slug,
) as readonly DefaultRecordSlug[]
/** @deprecated the old name of `DEFAULT_SEARCHED_RECORDS`, kept for the public API's modules. */
export const SEARCHABLE = DEFAULT_SEARCHED_RECORDS
/** @deprecated a searchable record of the default set, for the public API's typed tables; the indexer takes any slug. */
export type Searchable = DefaultRecordSlug

/** Text beyond this many characters of a record is not indexed (bounded memory per record). */
export const MAX_INDEXED_TEXT = 20_000

export type IndexEntry = {
  key: string
  record: string
  recordId: string
  title: string
  text: string
  publishedAt: string | null
  department: string | null
  catalogue: string[]
}

/** A relation's id as the index stores it: a string, or null when empty. */
const storedIdOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'object' ? storedIdOf((value as { id?: unknown }).id) : String(value)
}

export const keyOf = (record: string, id: string | number) => `${record}:${id}`

/** The fields of a record that search reads, so the index never holds more than it needs. */
export const indexedSelectOf = (search: RecordSearch): Record<string, true> => ({
  title: true,
  ...Object.fromEntries(search.text.map((field) => [field, true])),
  publishedAt: true,
  department: true,
  ...(search.catalogue ? { catalogue: true } : {}),
})

/** A field's words: a text as it is, a list of words joined, rich text as its plain text. */
const wordsOf = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.join(' ')
  if (value && typeof value === 'object') return lexicalText(value)
  return value
}

/** What the index keeps of a public record: its title, and its other words as one text. */
export const entryOf = (record: string, search: RecordSearch, doc: UntypedDoc): IndexEntry => {
  const parts = search.text.map((field) => wordsOf(doc[field]))
  return {
    key: keyOf(record, doc.id),
    record,
    recordId: String(doc.id),
    title: String(doc.title ?? ''),
    text: parts
      .filter((part) => typeof part === 'string' && part.trim())
      .join('\n')
      .slice(0, MAX_INDEXED_TEXT),
    publishedAt: doc.publishedAt ?? null,
    department: storedIdOf(doc.department),
    catalogue: Array.isArray(doc.catalogue) ? doc.catalogue.map(storedIdOf).filter((id: string | null): id is string => id !== null) : [],
  }
}

const sameEntry = (row: SearchIndexRow, entry: IndexEntry) =>
  !row.removed &&
  row.title === entry.title &&
  (row.text ?? '') === entry.text &&
  (row.publishedAt ? new Date(row.publishedAt).getTime() : null) === (entry.publishedAt ? new Date(entry.publishedAt).getTime() : null) &&
  (row.department ?? null) === entry.department &&
  JSON.stringify(row.catalogue ?? []) === JSON.stringify(entry.catalogue)

const isUniqueViolation = (err: unknown) =>
  /unique|duplicate/i.test(String((err as Error)?.message ?? err)) || (err as { status?: unknown } | null | undefined)?.status === 400

/**
 * Brings one record's row in line with what the public may see of it now. The record is read as the
 * anonymous caller (`overrideAccess: false`), so the index can only ever hold what the access rules
 * show the public: a record that is not public gets a tombstone, never its text.
 */
export const reindexRecord = async (
  payload: Payload,
  record: string,
  id: string | number,
): Promise<'indexed' | 'removed' | 'unchanged'> => {
  const search = recordOf(payload.config, record)?.search
  if (!search)
    throw new Error(`search: "${record}" is not a searchable record; register it with a \`search\` definition (src/core/records.ts).`)
  const doc = await payload.findByID({
    collection: record as CollectionSlug,
    id,
    depth: 0,
    select: indexedSelectOf(search),
    overrideAccess: false,
    disableErrors: true,
  })
  const key = keyOf(record, id)
  const found = await payload.find({
    collection: SEARCH_INDEX as CollectionSlug,
    where: { key: { equals: key } },
    sort: 'key',
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const row = found.docs[0] as SearchIndexRow | undefined
  if (!doc) {
    if (!row || row.removed) return 'unchanged'
    await payload.update({
      collection: SEARCH_INDEX as CollectionSlug,
      id: row.id,
      data: { removed: true, title: '', text: '', catalogue: [] },
      depth: 0,
    })
    return 'removed'
  }
  const entry = entryOf(record, search, doc)
  if (row && sameEntry(row, entry)) return 'unchanged'
  const data: Omit<SearchIndexRow, 'id' | 'updatedAt'> = { ...entry, removed: false }
  if (row) {
    await payload.update({ collection: SEARCH_INDEX as CollectionSlug, id: row.id, data, depth: 0 })
    return 'indexed'
  }
  try {
    await payload.create({ collection: SEARCH_INDEX as CollectionSlug, data, depth: 0 })
  } catch (err) {
    // Another process indexed the same record a moment ago: update its row instead.
    if (!isUniqueViolation(err)) throw err
    const again = await payload.find({
      collection: SEARCH_INDEX as CollectionSlug,
      where: { key: { equals: key } },
      sort: 'key',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    if (!again.docs[0]) throw err
    await payload.update({ collection: SEARCH_INDEX as CollectionSlug, id: again.docs[0].id, data, depth: 0 })
  }
  return 'indexed'
}

/** The searchable records whose visibility follows this one's (interpretations follow their policies, DESIGN §4.3). */
export const followersOf = async (
  payload: Payload,
  record: string,
  recordId: string | number,
): Promise<[RecordDefinition, (string | number)[]][]> => {
  const followers = searchedRecordsOf(payload.config).filter((candidate) => candidate.follows?.slug === record)
  return Promise.all(
    followers.map(async (follower): Promise<[RecordDefinition, (string | number)[]]> => {
      const found = await payload.find({
        collection: follower.slug,
        where: { [follower.follows!.field]: { in: [recordId] } },
        select: { title: true } as SelectType,
        depth: 0,
        pagination: false,
      })
      return [follower, found.docs.map((doc) => doc.id)]
    }),
  )
}

/**
 * Reindexes every record and tombstones rows of records that are no longer public: for an installation
 * that had records before search existed, or after data was changed outside Payload.
 */
export const rebuildSearchIndex = async (payload: Payload, log: (line: string) => void = () => {}) => {
  const counts = { indexed: 0, removed: 0, unchanged: 0 }
  for (const { slug: record } of searchedRecordsOf(payload.config)) {
    for (let page = 1; ; page++) {
      const found = await payload.find({
        collection: record as CollectionSlug,
        select: { title: true } as SelectType,
        depth: 0,
        limit: 500,
        page,
        sort: 'id',
      })
      for (const doc of found.docs) counts[await reindexRecord(payload, record, doc.id)] += 1
      log(`${record}: page ${page} of ${found.totalPages}`)
      if (!found.hasNextPage) break
    }
  }
  // Rows of records that were deleted outside Payload's hooks: listed first, since tombstoning them while
  // paging through the live rows would shift the pages.
  const live = await payload.find({
    collection: SEARCH_INDEX as CollectionSlug,
    where: { removed: { not_equals: true } },
    select: { record: true, recordId: true } as SelectType,
    depth: 0,
    pagination: false,
  })
  for (const row of live.docs as Pick<SearchIndexRow, 'id' | 'record' | 'recordId'>[]) {
    const exists = await payload.count({ collection: row.record as CollectionSlug, where: { id: { equals: row.recordId } } })
    if (!exists.totalDocs) counts[await reindexRecord(payload, row.record, row.recordId)] += 1
  }
  await invalidatePublicCache(payload)
  return counts
}
