/**
 * The bench's `search-index` rows. The seed writes records through `payload.db` (no hooks), so the
 * after-commit hooks that keep `search-index` in step never run; this writes the rows they would have
 * written, with the same `entryOf` (src/plugins/search/indexer.ts), from each record read as the anonymous caller
 * (as `reindexRecord` reads it), in multi-row inserts (bench/bulkInsert.ts).
 *
 * A row's createdAt and updatedAt are the record's `publishedAt`: the hook writes a row when the record
 * becomes public, and a later change that does not alter what is indexed (the seed's `replacedBy` links,
 * `requiresInterpretation`) leaves the row as it is (`reindexRecord` answers 'unchanged'). Rows all stamped
 * with the time of the fill would not be what a live installation holds: the in-memory index reads the rows
 * changed in the 2 minutes before the newest one on every search (see bench/README.md, "Search").
 *
 * A database whose `search-index` already holds one row per public record is left alone; one with another
 * number of rows (an interrupted fill) is emptied and filled again.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { searchedRecordsOf } from '../src/core/records.js'
import { entryOf, indexedSelectOf } from '../src/plugins/search/indexer.js'
import { bulkInsert } from './bulkInsert.js'

const SEARCH_INDEX = 'search-index' as CollectionSlug

export type SearchIndexFill = { rows: number; filled: boolean; seconds: number; byRecord: Record<string, number> }

export const fillSearchIndex = async (payload: Payload, log: (msg: string) => void, batch = 1000): Promise<SearchIndexFill> => {
  const started = performance.now()
  const byRecord: Record<string, number> = {}
  let expected = 0
  for (const { slug: record } of searchedRecordsOf(payload.config)) {
    const { totalDocs } = await payload.count({ collection: record as CollectionSlug, overrideAccess: false })
    byRecord[record] = totalDocs
    expected += totalDocs
  }
  const { totalDocs: existing } = await payload.db.count({ collection: SEARCH_INDEX, where: {} })
  if (existing === expected) {
    log(`search-index: ${existing} rows, one per public record; kept`)
    return { rows: existing, filled: false, seconds: 0, byRecord }
  }
  if (existing > 0) {
    log(`search-index: ${existing} rows for ${expected} public records; emptying it and filling it again`)
    await payload.db.deleteMany({ collection: SEARCH_INDEX, where: {} })
  } else
    log(
      `search-index: empty; filling it for ${expected} public records (${Object.entries(byRecord)
        .map(([r, n]) => `${n} ${r}`)
        .join(', ')})`,
    )

  let rows = 0
  for (const { slug: record, search } of searchedRecordsOf(payload.config)) {
    let after: number | string | null = null
    for (;;) {
      // By id, as the anonymous caller: what reindexRecord reads (its select, plus the publication time).
      const where: Where = after === null ? {} : { id: { greater_than: after } }
      const found = await payload.find({
        collection: record as CollectionSlug,
        where,
        select: { ...indexedSelectOf(search), updatedAt: true } as never,
        sort: 'id',
        limit: batch,
        pagination: false,
        depth: 0,
        overrideAccess: false,
      })
      const docs = found.docs as Record<string, any>[]
      if (!docs.length) break
      after = docs[docs.length - 1].id
      const values = docs.map((doc) => {
        const at = doc.publishedAt ?? doc.updatedAt
        return { ...entryOf(record, search, doc), removed: false, createdAt: at, updatedAt: at }
      })
      const transactionID = await payload.db.beginTransaction()
      if (transactionID === null) throw new Error('the adapter gave no transaction')
      const req = { transactionID, payload } as unknown as PayloadRequest
      try {
        await bulkInsert(payload, SEARCH_INDEX, values, req, 'key')
        await payload.db.commitTransaction(transactionID)
      } catch (err) {
        await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
        throw err
      }
      const before = rows
      rows += docs.length
      if (Math.floor(rows / 20_000) > Math.floor(before / 20_000))
        log(`search-index: ${rows} rows, ${Math.round(rows / ((performance.now() - started) / 1000))}/s`)
      if (docs.length < batch) break
    }
  }
  const { totalDocs: written } = await payload.db.count({ collection: SEARCH_INDEX, where: {} })
  if (written !== expected) throw new Error(`search-index: expected ${expected} rows after filling it, found ${written}`)
  const seconds = Math.round((performance.now() - started) / 10) / 100
  log(`search-index: ${written} rows in ${seconds}s`)
  return { rows: written, filled: true, seconds, byRecord }
}
