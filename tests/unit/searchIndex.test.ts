import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { MemorySearchIndex } from '../../src/plugins/search/memoryIndex.js'
import { fold, queryTerms } from '../../src/lib/search/normalize.js'
import { highlight, snippet } from '../../src/lib/search/snippet.js'

/**
 * The in-memory index against a brute-force scan: for random texts over a small alphabet (so terms
 * collide often) and random terms, the index finds exactly the records a plain `includes` finds, in the
 * same order. Rows come from a stand-in for Payload's `find` that serves the `search-index` rows.
 */
type Row = {
  id: number
  key: string
  record: 'disclosures'
  recordId: string
  title: string
  text: string
  publishedAt: string
  department: string
  catalogue: string[]
  removed: boolean
  updatedAt: string
}

const rowsPayload = (rows: Row[]) => {
  const calls: string[] = []
  const find = async ({ where, page = 1, limit = 5000, select }: any) => {
    calls.push(where?.updatedAt ? `updatedAt>${where.updatedAt.greater_than}${limit === 1 ? ' limit 1' : ''}` : where?.id ? 'by id' : 'all')
    let docs = rows
    if (where?.updatedAt) docs = rows.filter((row) => row.updatedAt > where.updatedAt.greater_than)
    if (where?.id) docs = rows.filter((row) => where.id.in.includes(row.id))
    const sliced = select || where ? docs : docs.slice((page - 1) * limit, page * limit)
    return { docs: sliced.map((row) => ({ ...row })), hasNextPage: !select && !where && page * limit < docs.length }
  }
  const count = async ({ where }: any) => ({ totalDocs: rows.filter((row) => row.updatedAt > where.updatedAt.greater_than).length })
  // The index loads through the adapter (`db.find`) and syncs through the Local API (`find`, `count`).
  return { find, count, db: { find }, calls } as any
}

const ALPHABET = ['政', '務', '务', '公', '開', '开', '通', '知', 'a', 'B']

const expected = (rows: Row[], terms: string[]) => {
  const alive = rows.filter((row) => !row.removed)
  const match = alive.filter((row) => terms.every((term) => fold(row.title).includes(term) || fold(row.text).includes(term)))
  const byDate = (a: Row, b: Row) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.key < b.key ? -1 : 1)
  const title = match.filter((row) => terms.every((term) => fold(row.title).includes(term))).sort(byDate)
  const body = match.filter((row) => !title.includes(row)).sort(byDate)
  return { title: title.map((row) => row.recordId), body: body.map((row) => row.recordId) }
}

const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max }).map((chars) => chars.join(''))

const rowOf = (i: number, title: string, body: string, day: number, version = '2026-01-01T00:00:00.000Z'): Row => ({
  id: i + 1,
  key: `disclosures:${i + 1}`,
  record: 'disclosures',
  recordId: String(i + 1),
  title,
  text: body,
  publishedAt: new Date(Date.UTC(2024, 0, 1 + day)).toISOString(),
  department: String(i % 2),
  catalogue: [],
  removed: false,
  updatedAt: version,
})

describe('in-memory search index', () => {
  it('finds exactly what a scan finds, ranked the same, after changes too', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text(0, 6), text(0, 30), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 40 }),
        fc.array(text(2, 4), { minLength: 1, maxLength: 2 }),
        fc.array(fc.tuple(fc.nat(), text(0, 6), fc.boolean()), { maxLength: 5 }),
        fc.nat({ max: 12 }),
        async (docs, rawTerms, changes, pageAt) => {
          const rows = docs.map(([title, body, day], i) => rowOf(i, title, body, day))
          const index = new MemorySearchIndex(rowsPayload(rows))
          await index.refresh()
          const terms = queryTerms(rawTerms.join(' '))
          // The whole order, and a page cut out of it, must agree with the scan.
          const check = (offset: number, limit: number) => {
            const want = expected(rows, terms)
            const all = [...want.title, ...want.body]
            const found = index.search(terms, {}, offset, limit)
            expect({
              total: found.total,
              titleTotal: found.titleTotal,
              page: found.hits.map((hit) => hit.doc.id),
              inTitle: found.hits.map((hit) => hit.inTitle),
            }).toEqual({
              total: all.length,
              titleTotal: want.title.length,
              page: all.slice(offset, offset + limit),
              inTitle: all.slice(offset, offset + limit).map((id) => want.title.includes(id)),
            })
          }
          check(0, 1000)
          check(pageAt, 3)
          // Edits and removals arrive as newer rows; the index takes them into its unindexed tail.
          changes.forEach(([at, title, removed], n) => {
            const row = rows[at % rows.length]
            Object.assign(row, { title, removed, updatedAt: `2026-01-02T00:00:0${n}.000Z` })
          })
          await index.refresh()
          check(0, 1000)
          check(pageAt, 3)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('does not read a large unchanged window again, and still sees rows entering it or newer ones', async () => {
    // A rebuild: 300 rows written within the same minute.
    const rows = Array.from({ length: 300 }, (_, i) =>
      rowOf(i, `政務公開 ${i}`, '', i % 30, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`),
    )
    const payload = rowsPayload(rows)
    const index = new MemorySearchIndex(payload)
    await index.refresh()
    const windowReads = () => payload.calls.filter((call: string) => call.startsWith('updatedAt>') && !call.endsWith('limit 1')).length
    const before = windowReads()
    await index.refresh()
    await index.refresh()
    expect(windowReads()).toBe(before)
    // A row written late, inside the window but not newer than the newest: the count moves.
    Object.assign(rows[0], { title: '遲到的更新', updatedAt: '2026-01-01T00:00:30.500Z' })
    rows.push(rowOf(300, '晚提交的記錄', '', 1, '2026-01-01T00:00:20.000Z'))
    await index.refresh()
    expect(index.search(['迟到'], {}).hits.map((hit) => hit.doc.id)).toEqual(['1'])
    expect(index.search(['晚提'], {}).hits.map((hit) => hit.doc.id)).toEqual(['301'])
    // A newer row.
    Object.assign(rows[5], { removed: true, updatedAt: '2026-01-01T00:01:30.000Z' })
    await index.refresh()
    expect(index.search(['政务'], {}).total).toBe(298)
  })

  it('filters by department', async () => {
    const rows = [rowOf(0, '政務公開', '', 1), rowOf(1, '政務公開', '', 2)]
    const index = new MemorySearchIndex(rowsPayload(rows))
    await index.refresh()
    expect(index.search(['政务'], { department: '1' }).hits.map((hit) => hit.doc.id)).toEqual(['2'])
  })
})

describe('folding and highlighting', () => {
  it('keeps every position, so highlights cut the original text', () => {
    const original = '關於ＧＤＰ統計的通知'
    expect(fold(original)).toHaveLength(original.length)
    expect(highlight(original, fold(original), queryTerms('gdp 统计'))).toBe('關於<mark>ＧＤＰ統計</mark>的通知')
  })

  it('escapes the text around and inside matches', () => {
    const original = '<img src=x onerror=alert(1)>政務公開&'
    expect(highlight(original, fold(original), ['政务'])).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>政務</mark>公開&amp;')
    expect(snippet(original, fold(original), ['公开'])).toContain('<mark>公開</mark>&amp;')
  })
})

describe('search rate limit', () => {
  it('reads PUBLIC_SEARCH_RATE_LIMIT strictly', async () => {
    const { rateLimitFromEnv } = await import('../../src/config/publicApi.js')
    expect(rateLimitFromEnv(undefined, undefined)).toEqual({ limit: 120, windowMs: 60_000, exempt: [] })
    expect(rateLimitFromEnv('5/10', '10.0.0.5, 10.0.0.6')).toEqual({ limit: 5, windowMs: 10_000, exempt: ['10.0.0.5', '10.0.0.6'] })
    expect(rateLimitFromEnv('0', undefined).limit).toBe(0)
    for (const bad of ['abc', '120/abc', '2/0', '-1/60', '10/'] as const)
      expect(() => rateLimitFromEnv(bad, undefined)).toThrow(/PUBLIC_SEARCH_RATE_LIMIT/)
  })

  it('allows the limit per window and client, then tells how long to wait', async () => {
    const { rateLimiter } = await import('../../src/lib/rateLimit.js')
    let now = 1_000_000
    const limiter = rateLimiter({ limit: 2, windowMs: 10_000, exempt: ['10.0.0.5'] }, () => now)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([null, null, null])
    now += 4_000
    expect(limiter.take('a')).toBe(6)
    for (let i = 0; i < 5; i++) expect(limiter.take('10.0.0.5')).toBeNull()
    now += 6_000
    expect(limiter.take('a')).toBeNull()
  })
})
