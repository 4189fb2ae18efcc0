/**
 * Where the admin's database time goes: boots Payload on a seeded bench database and, as the demo editor,
 * reviewer and office (bench/adminData.ts), runs the list view's read (`find`, `draft: true`, 10 per page, the
 * collection's default sort) and the counts the dashboard lines need (own department or city-wide: without an
 * attribute, sent for review, rejected, passed and unpublished, due soon, late), timing every SQL statement;
 * then the same with candidate indexes created (and dropped again afterwards), to show what each would save.
 *
 *   BENCH_DB=sqlite|postgres [PROFILE_RUNS=5] [PROFILE_EXPLAIN=1] \
 *     NODE_OPTIONS=--conditions=development npx tsx bench/profileAdmin.ts
 *
 * Not part of `npm run bench`; it changes the database's indexes only while it runs.
 */
import { createClient } from '@libsql/client'
import type { Payload, Where } from 'payload'

import { adminAccount } from './adminData.js'
import { type DatabaseName, databaseUri } from './env.js'

const db = process.env.BENCH_DB as DatabaseName
if (db !== 'sqlite' && db !== 'postgres') throw new Error('BENCH_DB must be sqlite or postgres')
const RUNS = Number(process.env.PROFILE_RUNS ?? 5)
process.env.DATABASE_URI = databaseUri(db)
process.env.GONGKAI_JOBS_AUTORUN = '0'

type Statement = { sql: string; params: unknown[]; ms: number }
let statements: Statement[] = []

type Client = { execute: (q: unknown, a?: unknown) => Promise<{ rows: unknown[] }> }
type Pool = { query: (q: unknown, p?: unknown) => Promise<{ rows: unknown[] }> }

const instrument = (payload: Payload) => {
  const adapter = payload.db as unknown as { client?: Client; pool?: Pool }
  const wrap = <T extends object>(target: T, method: keyof T, describe: (args: unknown[]) => { sql: string; params: unknown[] }) => {
    const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target)
    ;(target as Record<string, unknown>)[method as string] = async (...args: unknown[]) => {
      const t = performance.now()
      try {
        return await original(...args)
      } finally {
        statements.push({ ...describe(args), ms: performance.now() - t })
      }
    }
  }
  type Query = { sql?: string; args?: unknown[]; text?: string; values?: unknown[] }
  if (db === 'sqlite' && adapter.client)
    wrap(adapter.client, 'execute', ([q, args]) =>
      typeof q === 'string'
        ? { sql: q, params: (args as unknown[]) ?? [] }
        : { sql: (q as Query).sql ?? '', params: (q as Query).args ?? [] },
    )
  else if (adapter.pool)
    wrap(adapter.pool, 'query', ([q, params]) =>
      typeof q === 'string'
        ? { sql: q, params: (params as unknown[]) ?? [] }
        : { sql: (q as Query).text ?? '', params: (q as Query).values ?? [] },
    )
  return adapter
}

/** Indexes the dashboard lines and the list could use that the schema lacks (main table and versions table). */
const CANDIDATES: [string, string][] = [
  ['disclosures_publish_by_idx', 'disclosures (publish_by)'],
  ['disclosures_dept_status_publish_by_idx', 'disclosures (department_id, _status, publish_by)'],
  ['disclosures_dept_review_idx', 'disclosures (department_id, secrecy_review_status, secrecy_review_submitted_at)'],
  ['disclosures_dept_status_review_idx', 'disclosures (department_id, _status, secrecy_review_status)'],
  ['_disclosures_v_latest_published_at_idx', '_disclosures_v (latest, version_published_at)'],
  ['_disclosures_v_latest_dept_published_at_idx', '_disclosures_v (latest, version_department_id, version_published_at)'],
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  const resolved = await config
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  const payload = await getPayload({ config: resolved })
  const adapter = instrument(payload)
  const raw = async (sql: string, params: unknown[] = []) =>
    db === 'sqlite' ? adapter.client!.execute({ sql, args: params }) : adapter.pool!.query(sql, params)
  // Indexes are created and dropped on a connection of their own: libsql refuses DROP INDEX (SQLITE_LOCKED) on the
  // adapter's, which still has statements open.
  const ddlClient = db === 'sqlite' ? createClient({ url: databaseUri(db) }) : null
  const ddl = async (sql: string) => (ddlClient ? ddlClient.execute(sql) : adapter.pool!.query(sql))

  const users = new Map<string, NonNullable<Awaited<ReturnType<typeof payload.find>>['docs'][number]>>()
  for (const key of ['editor', 'reviewer', 'office'] as const) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: adminAccount(key).email } }, limit: 1, depth: 1 })
    // As the server's auth has it: populated at the collection's auth depth, with its collection.
    users.set(key, { ...docs[0], collection: 'users' })
  }
  const departments = ((users.get('editor') as { departments?: (number | { id: number })[] }).departments ?? []).map((d) =>
    typeof d === 'object' ? d.id : d,
  )
  const now = new Date().toISOString()
  const soon = new Date(Date.now() + 5 * 86_400_000).toISOString()
  const draft: Where = { _status: { equals: 'draft' } }
  const own: Where = { department: { in: departments } }
  const lines: [string, Where][] = [
    ['noAttribute', { 'disclosure.attribute': { exists: false } }],
    ['pendingReview', { 'secrecyReview.status': { equals: 'pending' }, 'secrecyReview.submittedAt': { exists: true } }],
    ['rejected', { 'secrecyReview.status': { equals: 'rejected' } }],
    ['readyToPublish', { ...draft, 'secrecyReview.status': { equals: 'passed' } }],
    ['dueSoon', { ...draft, publishBy: { greater_than_equal: now, less_than: soon } }],
    ['late', { ...draft, publishBy: { less_than: now } }],
  ]
  /**
   * As the user; where field read access refuses the query (secrecyReview is readable per record only, so
   * `validateQueryPaths` refuses its paths to everyone but admins), with access off and the same where.
   */
  const refused = new Set<string>()
  const count = async (where: Where, key: string) => {
    try {
      return await payload.count({ collection: 'disclosures', where, overrideAccess: false, user: users.get(key) })
    } catch (err) {
      if ((err as Error).name !== 'QueryError') throw err
      refused.add(`${key}: ${(err as Error).message}`)
      return payload.count({ collection: 'disclosures', where })
    }
  }
  type Case = [string, () => Promise<unknown>]
  const cases: Case[] = [
    [
      'editor: list view read (find draft:true, limit 10, default sort)',
      () => payload.find({ collection: 'disclosures', draft: true, depth: 0, limit: 10, overrideAccess: false, user: users.get('editor') }),
    ],
    ...lines.map(([name, where]): Case => [`editor: count ${name} (own department)`, () => count({ and: [own, where] }, 'editor')]),
    ...lines
      .filter(([name]) => name === 'late' || name === 'pendingReview')
      .map(([name, where]): Case => [`office: count ${name} (city-wide)`, () => count(where, 'office')]),
  ]

  const runAll = async (title: string) => {
    console.log(`\n== ${db}: ${title} (median of ${RUNS} runs; the slowest statement of the last run)`)
    const result = new Map<string, number>()
    for (const [label, run] of cases) {
      const times: number[] = []
      for (let i = 0; i < RUNS; i += 1) {
        statements = []
        const t = performance.now()
        await run()
        times.push(performance.now() - t)
      }
      const slowest = [...statements].sort((a, b) => b.ms - a.ms)[0]
      result.set(label, median(times))
      console.log(
        `${median(times).toFixed(1).padStart(8)} ms  ${label}; ${statements.length} statements, slowest ${slowest?.ms.toFixed(1)} ms: ${slowest?.sql.slice(0, 160).replace(/\s+/g, ' ')}…`,
      )
      if (process.env.PROFILE_EXPLAIN === '1' && slowest && slowest.ms >= 5) {
        const plan = await raw(`${db === 'sqlite' ? 'explain query plan' : 'explain analyze'} ${slowest.sql}`, slowest.params)
        for (const row of plan.rows) console.log(`            ${JSON.stringify(row)}`)
      }
    }
    return result
  }

  const before = await runAll('schema as migrated')
  for (const [name, on] of CANDIDATES) await ddl(`create index if not exists ${name} on ${on}`)
  await ddl('analyze')
  try {
    const after = await runAll(`with ${CANDIDATES.map(([, on]) => on).join(', ')}`)
    console.log(`\n== ${db}: saved by the candidate indexes (median before → after)`)
    for (const [label] of cases) console.log(`  ${label}: ${before.get(label)?.toFixed(1)} → ${after.get(label)?.toFixed(1)} ms`)
  } finally {
    for (const [name] of CANDIDATES) await ddl(`drop index if exists ${name}`)
    await ddl('analyze')
    ddlClient?.close()
  }
  for (const message of refused) console.log(`refused as the user, counted with access off: ${message}`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
