/**
 * Where the time of one search goes (`GET /api/search?q=…`, cache off), on a seeded bench database:
 * boots Payload as the lean server does, builds the in-memory index (timed, with its SQL and the process's
 * memory), then for every bench term (bench/search.ts) times the parts `runSearch` (src/plugins/search/query.ts)
 * runs one after another, with every SQL statement the adapter sends:
 *
 *   1. `index.refresh()`: the sync query on `search-index` (rows changed since the newest seen, less 2 min),
 *   2. `index.search(terms)`: the in-memory query (bigram posting lists, then a substring check per candidate),
 *   3. the re-read of the page (10 ids) through `payload.find`, `overrideAccess: false`, depth 1,
 *   4. the whole `runSearch` (the three, plus highlights and snippets), and JSON.stringify of its answer;
 *
 * and the sync query's cost against the number of rows in its window (after a bulk reindex every row
 * written in the 2 minutes before the last one stays in it, on every search).
 *
 *   BENCH_DB=sqlite|postgres [PROFILE_RUNS=3] [PROFILE_SQL=1] [PROFILE_BIG=1] NODE_OPTIONS=--conditions=development npx tsx bench/profileSearch.ts
 *
 * Needs the database seeded (bench/.data/<db>.json, with its search-index rows). Not part of `npm run bench`.
 */
import fs from 'node:fs'

import type { CollectionSlug, Payload } from 'payload'

import { type DatabaseName, type Manifest, databaseUri, manifestPath } from './env.js'
import { SEARCH_TERMS } from './search.js'

const db = process.env.BENCH_DB as DatabaseName
if (db !== 'sqlite' && db !== 'postgres') throw new Error('BENCH_DB must be sqlite or postgres')
const RUNS = Number(process.env.PROFILE_RUNS ?? 3)
const manifest = JSON.parse(fs.readFileSync(manifestPath(db), 'utf8')) as Manifest

process.env.DATABASE_URI = databaseUri(db)
process.env.PUBLIC_CACHE = 'off'
process.env.GONGKAI_JOBS_AUTORUN = '0'

type Statement = { sql: string; params: unknown; ms: number }
let statements: Statement[] = []

/** Times every statement the adapter sends: libsql's client.execute / batch, pg's pool.query. */
const instrument = (payload: Payload) => {
  const adapter = payload.db as unknown as { client?: any; pool?: any }
  const wrap = (target: any, method: string, describe: (args: any[]) => { sql: string; params: unknown }) => {
    const original = target[method].bind(target)
    target[method] = async (...args: any[]) => {
      const t = performance.now()
      try {
        return await original(...args)
      } finally {
        statements.push({ ...describe(args), ms: performance.now() - t })
      }
    }
  }
  if (db === 'sqlite') {
    wrap(adapter.client, 'execute', ([q, args]) => (typeof q === 'string' ? { sql: q, params: args } : { sql: q.sql, params: q.args }))
    wrap(adapter.client, 'batch', ([qs]) => ({ sql: `batch of ${qs.length}`, params: undefined }))
  } else {
    wrap(adapter.pool, 'query', ([q, params]) => (typeof q === 'string' ? { sql: q, params } : { sql: q.text, params: q.values }))
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const pct = (xs: number[], p: number) => {
  const s = sorted(xs)
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]
}
const f = (n: number) => n.toFixed(1).padStart(7)
const sqlMs = (list: Statement[]) => list.reduce((sum, s) => sum + s.ms, 0)
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  const resolved = await config
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  const payload = await getPayload({ config: resolved })
  const { searchIndexOf, parseSearchQuery, runSearch, searchTypesOf } = await import('../src/plugins/search/query.js')
  const { idKindOf } = await import('../src/plugins/publicApi/query.js')
  instrument(payload)

  // The build: every row read in pages of 5,000 (through the adapter, payload.db.find), folded, bigrams posted.
  global.gc?.()
  const memBefore = process.memoryUsage()
  const index = searchIndexOf(payload)
  statements = []
  let t = performance.now()
  await index.refresh()
  const buildMs = performance.now() - t
  const buildSql = sqlMs(statements)
  const buildStatements = statements.length
  global.gc?.()
  const memAfter = process.memoryUsage()
  // The same reads alone, to split the build into reading the rows and indexing them.
  statements = []
  t = performance.now()
  let rows = 0
  for (let page = 1; ; page++) {
    const found = await payload.db.find<Record<string, unknown>>({
      collection: 'search-index' as CollectionSlug,
      limit: 5000,
      page,
      sort: 'id',
      pagination: true,
      where: {},
    })
    rows += found.docs.length
    if (!found.hasNextPage) break
  }
  const readMs = performance.now() - t
  const readSql = sqlMs(statements)
  console.log(`\n${db}: ${manifest.records} records, ${index.size} documents in the index`)
  console.log(`build (first refresh): ${buildMs.toFixed(0)} ms, ${buildStatements} statements, ${buildSql.toFixed(0)} ms in SQL`)
  console.log(
    `  reading the ${rows} rows again as the build does (payload.db.find, pages of 5,000) alone: ${readMs.toFixed(0)} ms (${readSql.toFixed(0)} ms in SQL); so about ${(buildMs - readMs).toFixed(0)} ms folding and posting in memory`,
  )
  console.log(
    `  memory: rss ${mib(memBefore.rss)} → ${mib(memAfter.rss)}, heap used ${mib(memBefore.heapUsed)} → ${mib(memAfter.heapUsed)}${global.gc ? ' (after gc)' : ' (no --expose-gc: not collected first)'}`,
  )

  type Parts = {
    sync: number
    syncSql: number
    memory: number
    reread: number
    rereadSql: number
    rereadStatements: number
    total: number
    stringify: number
    hits: number
  }
  const results = new Map<number, Parts[]>()
  const SELECT = { title: true, indexNumber: true, documentNumber: true, publishedAt: true, department: true }
  let example: Statement[] = []
  for (const length of [2, 4] as const) {
    const parts: Parts[] = []
    for (let run = 0; run < RUNS; run++) {
      for (const term of SEARCH_TERMS[length]) {
        const query = parseSearchQuery(new URLSearchParams({ q: term }), idKindOf(payload.db), searchTypesOf(payload.config))
        statements = []
        t = performance.now()
        await index.refresh()
        const sync = performance.now() - t
        const syncSql = sqlMs(statements)

        t = performance.now()
        const { total, hits: page } = index.search(query.terms, {}, 0, query.limit)
        const memory = performance.now() - t

        const ids = page.filter((hit) => hit.doc.record === 'disclosures').map((hit) => hit.doc.id)
        statements = []
        t = performance.now()
        await payload.find({
          collection: 'disclosures',
          where: { id: { in: ids } },
          sort: 'id',
          select: SELECT as any,
          populate: { departments: { name: true } } as any,
          depth: 1,
          limit: ids.length,
          pagination: false,
          overrideAccess: false,
        })
        const reread = performance.now() - t
        const rereadSql = sqlMs(statements)
        const rereadStatements = statements.length
        if (run === RUNS - 1 && term === SEARCH_TERMS[length][0]) example = [...statements]

        t = performance.now()
        const answer = await runSearch(payload, query)
        const whole = performance.now() - t
        t = performance.now()
        JSON.stringify(answer)
        const stringify = performance.now() - t
        parts.push({ sync, syncSql, memory, reread, rereadSql, rereadStatements, total: whole, stringify, hits: total })
      }
    }
    results.set(length, parts)
    const col = (name: keyof Parts) => parts.map((p) => p[name])
    console.log(`\n${length}-character terms (${SEARCH_TERMS[length].length} terms × ${RUNS} runs), one at a time: median / p95 / max ms`)
    for (const [label, key] of [
      ['1. sync query (index.refresh)', 'sync'],
      ['   of which SQL', 'syncSql'],
      ['2. in-memory query (index.search)', 'memory'],
      ['3. re-read (payload.find, anonymous)', 'reread'],
      ['   of which SQL', 'rereadSql'],
      ['whole runSearch', 'total'],
      ['JSON.stringify of the answer', 'stringify'],
    ] as const) {
      const xs = col(key)
      console.log(`  ${label.padEnd(40)}${f(pct(xs, 0.5))}${f(pct(xs, 0.95))}${f(Math.max(...xs))}`)
    }
    console.log(
      `  statements per re-read: ${pct(col('rereadStatements'), 0.5)}; matches per term: ${Math.min(...col('hits'))}–${Math.max(...col('hits'))}`,
    )
    const slowest = [...parts].sort((a, b) => b.memory - a.memory).slice(0, 3)
    console.log(`  slowest in-memory queries: ${slowest.map((p) => `${p.memory.toFixed(1)} ms (${p.hits} matches)`).join(', ')}`)
  }
  console.log('\nthe statements of one re-read:')
  for (const s of example)
    console.log(`  ${s.ms.toFixed(1).padStart(6)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, process.env.PROFILE_SQL === '1' ? 2000 : 220)}`)

  // The sync query with k rows in its window: what every search pays after k rows were written within 2
  // minutes of the newest (a bulk reindex, an import, rebuildSearchIndex).
  console.log('\nthe sync query with k rows changed since its cut-off (select key, updatedAt), median of 3, ms:')
  console.log(`  ${'rows'.padStart(8)}${'default sort'.padStart(14)}${'as sent'.padStart(10)}${'payload.db.find'.padStart(17)}`)
  console.log(
    "  (default sort: Payload's -createdAt, unpaged, as the sync was sent before d0e37e8; as sent: sort updatedAt, pages of 5,000; payload.db.find: the same through the adapter, unpaged, no field hooks)",
  )
  // 100,000 rows take seconds a query: PROFILE_BIG=1 adds them.
  for (const k of [1, 100, 1000, 10_000, ...(process.env.PROFILE_BIG === '1' ? [100_000] : [])]) {
    if (k > rows) break
    const cut = await payload.find({
      collection: 'search-index' as CollectionSlug,
      sort: '-updatedAt',
      limit: 1,
      page: k,
      depth: 0,
      select: { updatedAt: true } as any,
      overrideAccess: true,
    })
    const since = new Date(new Date((cut.docs[0] as any).updatedAt).getTime() - 1).toISOString()
    const where = { updatedAt: { greater_than: since } }
    const select = { key: true, updatedAt: true } as any
    const variants: [string, () => Promise<{ docs: unknown[] }>][] = [
      [
        'default sort',
        () =>
          payload.find({ collection: 'search-index' as CollectionSlug, where, select, depth: 0, pagination: false, overrideAccess: true }),
      ],
      [
        'as sent',
        async () => {
          const docs: unknown[] = []
          for (let page = 1; ; page++) {
            const found = await payload.find({
              collection: 'search-index' as CollectionSlug,
              where,
              select,
              sort: 'updatedAt',
              depth: 0,
              limit: 5000,
              page,
              overrideAccess: true,
            })
            docs.push(...found.docs)
            if (!found.hasNextPage) break
          }
          return { docs }
        },
      ],
      [
        'payload.db.find',
        () =>
          payload.db.find({ collection: 'search-index' as CollectionSlug, where, select, sort: 'updatedAt', limit: 0, pagination: false }),
      ],
    ]
    const cells: string[] = []
    let n = 0
    for (const [, run] of variants) {
      const times: number[] = []
      for (let i = 0; i < 3; i++) {
        t = performance.now()
        const found = await run()
        times.push(performance.now() - t)
        n = found.docs.length
      }
      cells.push(pct(times, 0.5).toFixed(1))
    }
    console.log(`  ${String(n).padStart(8)}${cells[0].padStart(14)}${cells[1].padStart(10)}${cells[2].padStart(17)}`)
  }

  // Folding alone: what the build spends on each row's title and text (the fold table is warm by now).
  const all = await payload.db.find({
    collection: 'search-index' as CollectionSlug,
    select: { title: true, text: true } as any,
    limit: 0,
    pagination: false,
  })
  const { fold } = await import('../src/lib/search/normalize.js')
  t = performance.now()
  let chars = 0
  for (const row of all.docs as any[]) chars += fold(String(row.title ?? '')).length + fold(String(row.text ?? '')).length
  const foldMs = performance.now() - t
  console.log(
    `\nbuild parts: fold() of ${all.docs.length} titles and texts (${(chars / 1e6).toFixed(1)} M characters) alone: ${foldMs.toFixed(0)} ms; the rest of the in-memory part is bigrams and posting lists`,
  )
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
