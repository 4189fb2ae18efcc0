/**
 * Where the time of one cold public request goes: boots Payload on a bench database (as the lean server
 * does), then answers the bench's list and detail through the public handler (`createPublicApi(…).respond`,
 * cache off) and through bare `payload.find` / `payload.findByID`, timing every SQL statement sent.
 *
 *   BENCH_DB=sqlite|postgres [PROFILE_RUNS=5] [PROFILE_SQL=1] \
 *     NODE_OPTIONS=--conditions=development npx tsx bench/profile.ts
 *
 * Needs the database seeded (bench/.data/<db>.json). PROFILE_SQL=1 prints each statement of the last run
 * with its time; PROFILE_EXPLAIN=1 also prints each statement of 5 ms or more in full with the database's plan. Not part of
 * `npm run bench`.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { type DatabaseName, type Manifest, databaseUri, manifestPath } from './env.js'

const db = process.env.BENCH_DB as DatabaseName
if (db !== 'sqlite' && db !== 'postgres') throw new Error('BENCH_DB must be sqlite or postgres')
const RUNS = Number(process.env.PROFILE_RUNS ?? 5)
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

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)})`
}

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  const resolved = await config
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  const payload = await getPayload({ config: resolved })
  const { createPublicApi } = await import('../src/plugins/publicApi/handler.js')
  const { noCache } = await import('../src/plugins/publicApi/cache.js')
  const api = createPublicApi(payload, { cache: noCache() })
  instrument(payload)

  const catalogue = manifest.catalogue.id
  const leaf = await payload.findByID({ collection: 'catalogue-entries', id: catalogue, depth: 0 })
  const parent = (leaf as { parent?: number | string | { id: number | string } | null }).parent
  const parentId = parent && typeof parent === 'object' ? parent.id : parent
  const cases: [string, () => Promise<unknown>][] = [
    [
      `handler: GET /api/public/disclosures?catalogue=${catalogue}&limit=20`,
      async () => {
        const r = await api.respond({ method: 'GET', url: `/api/public/disclosures?catalogue=${catalogue}&limit=20`, header: () => null })
        if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${'body' in r ? r.body : ''}`)
      },
    ],
    [
      `handler: GET /api/public/disclosures/${manifest.recordId}`,
      async () => {
        const r = await api.respond({ method: 'GET', url: `/api/public/disclosures/${manifest.recordId}`, header: () => null })
        if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${'body' in r ? r.body : ''}`)
      },
    ],
    [
      `handler: GET /api/public/disclosures?catalogue=${parentId}&limit=20 (the leaf's parent: catalogue in [the entry and its descendants])`,
      async () => {
        if (parentId == null) return
        const r = await api.respond({ method: 'GET', url: `/api/public/disclosures?catalogue=${parentId}&limit=20`, header: () => null })
        if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${'body' in r ? r.body : ''}`)
      },
    ],
    [
      'payload.find (anonymous), where catalogue equals, sort -publishedAt, limit 20, depth 0',
      () =>
        payload.find({
          collection: 'disclosures',
          where: { catalogue: { equals: catalogue } },
          sort: '-publishedAt',
          limit: 20,
          depth: 0,
          overrideAccess: false,
        }),
    ],
    [
      'payload.find (anonymous), the same, pagination: false',
      () =>
        payload.find({
          collection: 'disclosures',
          where: { catalogue: { equals: catalogue } },
          sort: '-publishedAt',
          limit: 20,
          depth: 0,
          pagination: false,
          overrideAccess: false,
        }),
    ],
    [
      'payload.find (overrideAccess), the same with pagination',
      () =>
        payload.find({ collection: 'disclosures', where: { catalogue: { equals: catalogue } }, sort: '-publishedAt', limit: 20, depth: 0 }),
    ],
    [
      'payload.count (anonymous), where catalogue equals',
      () => payload.count({ collection: 'disclosures', where: { catalogue: { equals: catalogue } }, overrideAccess: false }),
    ],
    [
      'payload.find (anonymous), vanilla REST list (depth 2)',
      () =>
        payload.find({
          collection: 'disclosures',
          where: { catalogue: { equals: catalogue } },
          sort: '-publishedAt',
          limit: 20,
          depth: 2,
          overrideAccess: false,
        }),
    ],
    [
      `payload.findByID (anonymous) ${manifest.recordId}, depth 1`,
      () => payload.findByID({ collection: 'disclosures', id: manifest.recordId, depth: 1, overrideAccess: false }),
    ],
    [
      'payload.count (anonymous), where catalogue in [id] (Payload sends each id as number and string: in (19, 19))',
      () => payload.count({ collection: 'disclosures', where: { catalogue: { in: [catalogue] } }, overrideAccess: false }),
    ],
    [
      'payload.find (anonymous), the public list fields without keywords, pagination: false',
      () =>
        payload.find({
          collection: 'disclosures',
          where: { catalogue: { equals: catalogue } },
          sort: '-publishedAt',
          limit: 20,
          depth: 0,
          pagination: false,
          select: {
            title: true,
            indexNumber: true,
            documentNumber: true,
            department: true,
            publishedAt: true,
            catalogue: true,
            validity: true,
          },
          overrideAccess: false,
        }),
    ],
  ]

  const only = process.env.PROFILE_ONLY ? new Set(process.env.PROFILE_ONLY.split(',').map(Number)) : null
  for (const [index, [label, run]] of cases.entries()) {
    if (only && !only.has(index + 1)) continue
    const times: number[] = []
    let last: Statement[] = []
    for (let i = 0; i < RUNS; i += 1) {
      statements = []
      const t = performance.now()
      await run()
      times.push(performance.now() - t)
      last = statements
    }
    const sqlMs = last.reduce((sum, s) => sum + s.ms, 0)
    console.log(`\n${label}\n  ${stats(times)}; last run: ${last.length} statements, ${sqlMs.toFixed(1)} ms in SQL`)
    const slowest = [...last].sort((a, b) => b.ms - a.ms)
    if (process.env.PROFILE_SQL === '1')
      for (const s of last)
        console.log(
          `    ${s.ms.toFixed(1).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 400)}  ${JSON.stringify(s.params)?.slice(0, 120) ?? ''}`,
        )
    else
      for (const s of slowest.slice(0, 3)) console.log(`    ${s.ms.toFixed(1).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 300)}`)
    for (const s of process.env.PROFILE_EXPLAIN === '1' ? slowest.filter((x) => x.ms >= 5 && !x.sql.startsWith('batch')) : []) {
      const adapter = payload.db as unknown as { client?: any; pool?: any }
      console.log(`\n    ${s.ms.toFixed(1)} ms, in full: ${s.sql}\n      params: ${JSON.stringify(s.params)}`)
      if (db === 'sqlite') {
        const plan = await adapter.client.execute({ sql: `explain query plan ${s.sql}`, args: s.params ?? [] })
        for (const row of plan.rows) console.log(`      plan: ${row.detail}`)
      } else {
        const plan = await adapter.pool.query(`explain analyze ${s.sql}`, s.params as unknown[])
        for (const row of plan.rows) console.log(`      plan: ${row['QUERY PLAN']}`)
      }
    }
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
