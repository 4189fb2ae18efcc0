/**
 * Seeds one bench database (`BENCH_DB=sqlite|postgres`) with BENCH_RECORDS public records, or reuses it
 * when it already holds exactly that many (and its last seed finished), then writes the manifest
 * (bench/.data/<db>.json) the measurements read: the catalogue entry and the record every run uses.
 *
 * Structure (accounts, departments, the 2014 catalogue) goes through the demo seed's helpers with
 * hooks on; the records, interpretations and index counters through `payload.db` (no hooks), in
 * batches of one transaction each, several batches at a time on PostgreSQL. The `search-index` rows the
 * search hooks would have written are then written too (bench/searchIndex.ts), also into a reused database
 * that has none.
 *
 * Run by bench/run.ts; on its own: `BENCH_DB=sqlite BENCH_RECORDS=2000 NODE_OPTIONS=--conditions=development npx tsx bench/seed.ts`
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload, PayloadRequest, Where } from 'payload'

import { adminManifest } from './adminData.js'
import { bulkInsert, bulkInsertVersions } from './bulkInsert.js'
import { fillSearchIndex } from './searchIndex.js'
import {
  type BenchCatalogueEntry,
  type BenchDepartment,
  GENERATOR_VERSION,
  createRandom,
  generateRecords,
  interpretationOf,
} from './generate.js'
import {
  DATA_DIR,
  type DatabaseName,
  type Manifest,
  PG_ADMIN_URI,
  PG_DATABASE,
  SQLITE_FILE,
  databaseUri,
  manifestPath,
  settings,
} from './env.js'

const db = process.env.BENCH_DB as DatabaseName
if (db !== 'sqlite' && db !== 'postgres') throw new Error('BENCH_DB must be sqlite or postgres')
const { records: N, reseed } = settings()
const uri = databaseUri(db)
const CONCURRENCY = Number(process.env.BENCH_SEED_CONCURRENCY ?? (db === 'postgres' ? 2 : 1))
const BATCH = Number(process.env.BENCH_SEED_BATCH ?? 2000)
/** `bulk` (default): multi-row inserts through the adapter (bench/bulkInsert.ts); `create`: one payload.db.create per record. */
const METHOD = process.env.BENCH_SEED_METHOD ?? 'bulk'
/** The share of the records that belong to the bench editor's department (the admin bench's dashboard and list). */
const FOCUS_SHARE = Number(process.env.BENCH_FOCUS_SHARE ?? 0.3)
if (METHOD !== 'bulk' && METHOD !== 'create') throw new Error('BENCH_SEED_METHOD must be bulk or create')

const log = (msg: string) => console.log(`[seed ${db}] ${msg}`)
const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100

const readManifest = (): Manifest | null => {
  try {
    return JSON.parse(fs.readFileSync(manifestPath(db), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Records in the database as it stands, without booting Payload; null when it has no schema yet. */
const countExisting = async (): Promise<number | null> => {
  if (db === 'sqlite') {
    if (!fs.existsSync(SQLITE_FILE)) return null
    const client = createClient({ url: uri })
    try {
      const result = await client.execute('select count(*) as n from disclosures')
      return Number(result.rows[0].n)
    } catch {
      return null
    } finally {
      client.close()
    }
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN_URI })
  await admin.connect()
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [PG_DATABASE])
    if (!exists.rowCount) return null
  } finally {
    await admin.end()
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const result = await client.query('select count(*)::int as n from disclosures')
    return result.rows[0].n as number
  } catch {
    return null
  } finally {
    await client.end()
  }
}

/** An empty database: the SQLite file removed, the PostgreSQL database dropped and created. */
const freshDatabase = async () => {
  if (db === 'sqlite') {
    fs.mkdirSync(DATA_DIR, { recursive: true })
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${SQLITE_FILE}${suffix}`, { force: true })
    return
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN_URI })
  await admin.connect()
  try {
    await admin.query(`drop database if exists "${PG_DATABASE}" with (force)`)
    await admin.query(`create database "${PG_DATABASE}"`)
  } finally {
    await admin.end()
  }
}

/** The fresh database gets its schema as production's does: `npm run migrate` (the app never pushes one). */
const migrate = () => {
  const run = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/migrate.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: uri },
  })
  if (run.status !== 0) throw new Error(`bench: npm run migrate on ${uri} failed (exit ${run.status})`)
}

const bootPayload = async (): Promise<Payload> => {
  migrate()
  process.env.DATABASE_URI = uri
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  if (db === 'postgres') process.env.DATABASE_POOL_MAX ??= String(Math.max(CONCURRENCY + 2, 10))
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config.js')
  // In development Payload rewrites src/payload-types.ts on start (with this database's fields); the bench
  // must not touch the sources.
  const resolved = await config
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  return getPayload({ config: resolved })
}

/** Runs `write` over the items in batches, each batch in one transaction, `concurrency` batches at a time. */
const writeInBatches = async <T>(
  payload: Payload,
  items: Iterator<T>,
  write: (item: T, req: PayloadRequest) => Promise<unknown>,
  progress?: (done: number) => void,
): Promise<number> =>
  writeBatches(
    payload,
    items,
    async (batch, req) => {
      for (const item of batch) await write(item, req)
    },
    progress,
  )

const writeBatches = async <T>(
  payload: Payload,
  items: Iterator<T>,
  write: (batch: T[], req: PayloadRequest) => Promise<unknown>,
  progress?: (done: number) => void,
): Promise<number> => {
  let done = 0
  let exhausted = false
  const take = (): T[] => {
    const batch: T[] = []
    while (!exhausted && batch.length < BATCH) {
      const next = items.next()
      if (next.done) exhausted = true
      else batch.push(next.value)
    }
    return batch
  }
  const worker = async () => {
    for (let batch = take(); batch.length; batch = take()) {
      const transactionID = await payload.db.beginTransaction()
      if (transactionID === null) throw new Error('the adapter gave no transaction')
      const req = { transactionID, payload } as unknown as PayloadRequest
      try {
        await write(batch, req)
        await payload.db.commitTransaction(transactionID)
      } catch (err) {
        await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
        throw err
      }
      const before = done
      done += batch.length
      if (progress && Math.floor(done / 10_000) > Math.floor(before / 10_000)) progress(done)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return done
}

const findAll = async <T>(payload: Payload, collection: string, where: Where, sort?: string, limit = 0): Promise<T[]> => {
  const result = await payload.db.find({ collection: collection as never, where, sort, limit, pagination: false })
  return result.docs as T[]
}

type Structure = {
  departments: BenchDepartment[]
  catalogue: BenchCatalogueEntry[]
  editor?: number
  reviewer?: number
  /** The editor's and reviewer's department (DEMO_DEPARTMENT). */
  focus: number
}

const seedStructureStep = async (payload: Payload): Promise<Structure> => {
  const { seedStructure } = await import('../src/seed/seedStructure.js')
  const { DEMO_DEPARTMENT } = await import('../src/seed/accounts.js')
  const structure = await seedStructure(payload)
  const focus = structure.departments.get(DEMO_DEPARTMENT)
  if (!focus) throw new Error(`bench: the demo structure has no ${DEMO_DEPARTMENT}`)
  return {
    focus: focus.id,
    departments: [...structure.departments.values()].map((d) => ({
      id: d.id,
      name: d.name,
      shortName: d.shortName ?? d.name,
      code: d.code,
      level: d.level,
    })),
    catalogue: [...structure.catalogue.values()].map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      leadDepartmentIds: (c.leadDepartments ?? []).map((d) => (typeof d === 'object' ? d.id : d)),
    })),
    editor: structure.staff.editor.id,
    reviewer: structure.staff.reviewer.id,
  }
}

/** What the later steps need to know of each record written, in publication order. */
type Written = {
  id: number | string
  title: string
  department: number | string
  publishedAt: string
  catalogue: (number | string)[]
  status: string
  kind: string
  published: boolean
}

const writtenOf = (data: Record<string, unknown>, id: number | string): Written => ({
  id,
  title: data.title as string,
  department: data.department as number,
  publishedAt: data.publishedAt as string,
  catalogue: data.catalogue as number[],
  status: (data.validity as { status: string }).status,
  kind: data.documentKind as string,
  published: data._status === 'published',
})

/** Repealed documents point at what replaced them: the department's next normative record. */
const linkReplacements = async (payload: Payload, written: Written[]) => {
  const nextByDepartment = new Map<string, number | string>()
  const links: [number | string, number | string][] = []
  for (let i = written.length - 1; i >= 0; i -= 1) {
    const doc = written[i]
    const key = String(doc.department)
    const next = nextByDepartment.get(key)
    if (doc.status === 'repealed' && next !== undefined) links.push([doc.id, next])
    if (doc.kind !== 'other' && doc.published) nextByDepartment.set(key, doc.id)
  }
  await writeInBatches(payload, links.values(), ([id, replacedBy], req) =>
    payload.db.updateOne({ collection: 'disclosures', id, data: { validity: { replacedBy } }, req, returning: false }),
  )
  return links.length
}

/** Interpretations of the newest record in every catalogue leaf (so the bench's record has one) and of a few others. */
const seedInterpretations = async (payload: Payload, structure: Structure, written: Written[]): Promise<number> => {
  const r = createRandom(711)
  const names = new Map(structure.departments.map((d) => [String(d.id), d.name]))
  const policies = new Map<string, Written>()
  const newestByEntry = new Map<string, Written>()
  const published = written.filter((doc) => doc.published)
  for (const doc of published) for (const entry of doc.catalogue) newestByEntry.set(String(entry), doc)
  for (const doc of newestByEntry.values()) policies.set(String(doc.id), doc)
  const extra = Math.min(Math.max(10, Math.floor(N / 5000)), N)
  const normative = published.filter((doc) => doc.kind === 'normative_document').slice(-extra * 20)
  for (const doc of r.sample(normative, extra)) policies.set(String(doc.id), doc)
  const list = [...policies.values()]
  await writeInBatches(payload, list.values(), async (policy, req) => {
    await payload.db.create({
      collection: 'interpretations',
      data: interpretationOf(r, policy, names.get(String(policy.department)) ?? ''),
      req,
      returning: false,
    })
    await payload.db.updateOne({ collection: 'disclosures', id: policy.id, data: { requiresInterpretation: true }, req, returning: false })
  })
  return list.length
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The leaf with the most public records, and its newest public record (which has an interpretation). */
const pickTargets = async (
  payload: Payload,
): Promise<Pick<Manifest, 'catalogue' | 'recordId' | 'departments' | 'catalogueEntries' | 'interpretations'>> => {
  const entries = await findAll<{ id: number; code: string; title: string; parent?: number | null }>(payload, 'catalogue-entries', {})
  const parents = new Set(
    entries
      .map((e) => e.parent)
      .filter(Boolean)
      .map(String),
  )
  let best: Manifest['catalogue'] | null = null
  for (const entry of entries) {
    if (parents.has(String(entry.id))) continue
    const { totalDocs } = await payload.db.count({ collection: 'disclosures', where: { catalogue: { equals: entry.id }, ...PUBLISHED } })
    if (!best || totalDocs > best.records) best = { id: entry.id, code: entry.code, title: entry.title, records: totalDocs }
  }
  if (!best) throw new Error('no catalogue entry')
  const [newest] = await findAll<{ id: number }>(
    payload,
    'disclosures',
    { catalogue: { equals: best.id }, ...PUBLISHED },
    '-publishedAt',
    1,
  )
  const { totalDocs: departments } = await payload.db.count({ collection: 'departments', where: {} })
  const { totalDocs: interpretations } = await payload.db.count({ collection: 'interpretations', where: {} })
  return { catalogue: best, recordId: newest.id, departments, catalogueEntries: entries.length, interpretations }
}

/**
 * Planner statistics. PostgreSQL has them (autovacuum; the seed runs VACUUM ANALYZE). SQLite has them too:
 * the app runs ANALYZE when it connects to a database whose records have none (src/config/sqliteStatistics.ts),
 * so the first server of the run would do it; the seed does it here, so that no measurement pays for it.
 */
const sqliteStatistics = async (): Promise<Manifest['statistics']> => {
  if (db !== 'sqlite') return 'analyzed'
  const client = createClient({ url: uri })
  try {
    await client.execute('analyze')
    log('ANALYZE: SQLite has planner statistics, as the app gives it at connect')
    return 'analyzed'
  } finally {
    client.close()
  }
}

const main = async () => {
  const previous = readManifest()
  const existing = reseed ? null : await countExisting()
  const reuse =
    !reseed &&
    existing === N &&
    previous?.complete === true &&
    previous.records === N &&
    previous.uri === uri &&
    previous.generator === GENERATOR_VERSION
  if (reuse) log(`reusing the existing database: it has exactly ${N} records (BENCH_RESEED=1 to seed again)`)
  else {
    const why = reseed
      ? 'BENCH_RESEED=1'
      : existing === null
        ? 'no seeded database'
        : existing !== N
          ? `it has ${existing} records, not ${N}`
          : previous?.generator !== GENERATOR_VERSION
            ? 'its data is from an older generator'
            : 'its last seed did not finish'
    log(`seeding ${N} records from scratch (${why}); method ${METHOD}, ${CONCURRENCY} batch(es) of ${BATCH} at a time`)
    fs.rmSync(manifestPath(db), { force: true })
    await freshDatabase()
  }

  const started = performance.now()
  const payload = await bootPayload()
  const booted = seconds(started)
  let seedSeconds = previous?.seedSeconds ?? null
  let recordsPerSecond = previous?.recordsPerSecond ?? null
  try {
    if (!reuse) {
      const t0 = performance.now()
      const structure = await seedStructureStep(payload)
      const structureSeconds = seconds(t0)
      log(
        `structure: ${structure.departments.length} departments, ${structure.catalogue.length} catalogue entries, 4 accounts in ${structureSeconds}s`,
      )

      const t1 = performance.now()
      const serials = new Map<string, number>()
      const generator = generateRecords({
        count: N,
        departments: structure.departments,
        catalogue: structure.catalogue,
        until: process.env.BENCH_SEED_UNTIL ? new Date(process.env.BENCH_SEED_UNTIL) : new Date(),
        staff: { editor: structure.editor, reviewer: structure.reviewer },
        focus: { department: structure.focus, share: FOCUS_SHARE },
        serials,
      })
      const progress = (done: number) => log(`${done} records, ${Math.round(done / ((performance.now() - t1) / 1000))}/s`)
      const written: Written[] = []
      const count =
        METHOD === 'bulk'
          ? await writeBatches(
              payload,
              generator,
              async (batch, req) => {
                const ids = await bulkInsert(payload, 'disclosures', batch, req, 'indexNumber')
                await bulkInsertVersions(payload, 'disclosures', batch, ids, req)
                batch.forEach((data, i) => written.push(writtenOf(data, ids[i])))
              },
              progress,
            )
          : await writeInBatches(
              payload,
              generator,
              async (data, req) => {
                const doc = await payload.db.create({ collection: 'disclosures', data, req, select: { id: true } })
                await bulkInsertVersions(payload, 'disclosures', [data], [doc.id as number], req)
                written.push(writtenOf(data, doc.id as number))
              },
              progress,
            )
      // Concurrent batches finish out of order; later steps want publication order.
      written.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0))
      const recordSeconds = seconds(t1)
      recordsPerSecond = Math.round(count / recordSeconds)
      log(`records: ${count} in ${recordSeconds}s (${recordsPerSecond}/s)`)

      const t2 = performance.now()
      await writeInBatches(payload, serials.entries(), ([scope, lastSerial], req) =>
        payload.db.create({ collection: 'index-counters' as never, data: { scope, lastSerial }, req, returning: false }),
      )
      const linked = await linkReplacements(payload, written)
      const interpretations = await seedInterpretations(payload, structure, written)
      const extrasSeconds = seconds(t2)
      log(
        `extras: ${serials.size} index counters, ${linked} repealed records linked to their replacements, ${interpretations} interpretations in ${extrasSeconds}s`,
      )
      if (db === 'postgres') {
        // What autovacuum does on its own minutes after a bulk load: statistics for the planner and the
        // visibility map. Done now so the first measurement does not race it.
        const t3 = performance.now()
        const client = new pg.Client({ connectionString: uri })
        await client.connect()
        try {
          await client.query('vacuum analyze')
        } finally {
          await client.end()
        }
        log(`vacuum analyze in ${seconds(t3)}s`)
      }
      seedSeconds = { total: seconds(started), structure: structureSeconds, records: recordSeconds, extras: extrasSeconds }
      log(`seeded in ${seedSeconds.total}s (migrate and Payload boot ${booted}s)`)
    }
    // The rows the search hooks would have written (the records went in without hooks); a reused database
    // seeded before search existed gets them here, without seeding its records again.
    const fill = await fillSearchIndex(payload, log)
    if (fill.filled && db === 'postgres') {
      const client = new pg.Client({ connectionString: uri })
      await client.connect()
      try {
        await client.query('vacuum analyze search_index')
      } finally {
        await client.end()
      }
    }
    const statistics = await sqliteStatistics()
    const targets = await pickTargets(payload)
    const admin = await adminManifest(payload)
    const { totalDocs } = await payload.db.count({ collection: 'disclosures', where: {} })
    if (totalDocs !== N) throw new Error(`expected ${N} records after seeding, found ${totalDocs}`)
    const manifest: Manifest = {
      database: db,
      uri,
      records: N,
      generator: reuse && previous ? previous.generator : GENERATOR_VERSION,
      complete: true,
      reused: reuse,
      seededAt: reuse && previous ? previous.seededAt : new Date().toISOString(),
      seedSeconds,
      recordsPerSecond,
      concurrency: reuse && previous ? previous.concurrency : CONCURRENCY,
      batchSize: reuse && previous ? previous.batchSize : BATCH,
      method: reuse && previous ? previous.method : METHOD,
      statistics,
      searchIndex: {
        rows: fill.rows,
        filledAt: fill.filled ? new Date().toISOString() : (previous?.searchIndex?.filledAt ?? null),
        seconds: fill.filled ? fill.seconds : (previous?.searchIndex?.seconds ?? null),
      },
      ...targets,
      admin,
    }
    fs.mkdirSync(DATA_DIR, { recursive: true })
    fs.writeFileSync(manifestPath(db), `${JSON.stringify(manifest, null, 2)}\n`)
    log(
      `catalogue entry ${targets.catalogue.code} ${targets.catalogue.title} (id ${targets.catalogue.id}, ${targets.catalogue.records} records); record id ${targets.recordId}`,
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[seed ${db}] failed:`, err)
    process.exit(1)
  },
)
