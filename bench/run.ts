/**
 * `npm run bench`: seeds (or reuses) the bench databases, then measures the public read API on each,
 * one server at a time, and writes bench/results.md. See bench/README.md for the knobs.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { Redis } from 'ioredis'

import { DATA_DIR, type DatabaseName, type Manifest, ROOT, databaseUri, manifestPath, settings } from './env.js'
import { type AdminResult, runAdminBench } from './admin.js'
import { carryOver } from './adminReport.js'
import { type Measurement, measure } from './measure.js'
import { type Env, installCleanup, runToEnd, type Server, startServer, stopServer, tail } from './procs.js'
import { type DatabaseResult, printDatabase, type RunInfo, writeResults } from './report.js'
import { buildsIndexAtStart, groupRss, runSearchBench, type SearchResult, waitForSearchIndex } from './search.js'

installCleanup()
const config = settings()
const started = new Date()
const failures: string[] = []
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
const log = (msg: string) => console.log(`bench: ${msg}`)

/** Node must resolve packages with the development condition for tsx scripts (see scripts/seed.ts). */
const withDevCondition = (options = '') =>
  options.includes('--conditions=development') ? options : `--conditions=development ${options}`.trim()
/** …and without it under `next start`: a production build must not load development builds of packages. */
const withoutDevCondition = (options = '') => options.replace(/--conditions[= ]development/g, '').trim()

const secret = randomBytes(24).toString('hex') // 48 characters
const ports = { lean: config.basePort, next: config.basePort + 1, raw: config.basePort + 2, const: config.basePort + 3 }

const GROUPS = ['raw', 'lean-cold', 'lean-warm', 'search', 'next-cold', 'next-warm', 'const', 'admin']
for (const group of config.only)
  if (!GROUPS.includes(group)) throw new Error(`BENCH_ONLY / --only: unknown group "${group}" (${GROUPS.join(', ')})`)
const wanted = (group: string) => config.only.length === 0 || config.only.includes(group)

// ---------------------------------------------------------------------------------------------- seeding

const seed = async (db: DatabaseName): Promise<Manifest> => {
  log(`${db}: seeding or reusing ${config.records.toLocaleString('en-US')} records`)
  const env = {
    ...process.env,
    BENCH_DB: db,
    BENCH_RECORDS: String(config.records),
    NODE_OPTIONS: withDevCondition(process.env.NODE_OPTIONS),
  }
  const before = Date.now()
  const { code, log: file } = await runToEnd(`seed-${db}`, bin('tsx'), ['bench/seed.ts'], env, true)
  if (code !== 0) throw new Error(`seeding ${db} failed (exit ${code}); log: ${file}`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath(db), 'utf8')) as Manifest
  } catch {
    throw new Error(
      `seeding ${db} left no manifest (did a schema push ask for confirmation? rerun with BENCH_RESEED=1); log: ${file}\n${tail(file)}`,
    )
  }
  if (!manifest.complete || manifest.records !== config.records)
    throw new Error(`seeding ${db}: the manifest says ${manifest.records} records, complete=${manifest.complete}`)
  log(
    `${db}: ${manifest.reused ? 'reused the existing database' : 'seeded'} in ${((Date.now() - before) / 1000).toFixed(1)} s (wall time of the step)`,
  )
  return manifest
}

// ---------------------------------------------------------------------------------------------- Next build

const BUILD_INPUTS = ['src', 'payload.config.ts', 'next.config.mjs', 'package.json', 'tsconfig.json']

const newestInput = (): { file: string; mtime: number } => {
  let newest = { file: '', mtime: 0 }
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry))
    else if (stat.mtimeMs > newest.mtime) newest = { file: path.relative(ROOT, p), mtime: stat.mtimeMs }
  }
  for (const input of BUILD_INPUTS) visit(path.join(ROOT, input))
  return newest
}

const otherBuildRunning = () => {
  try {
    return execFileSync('pgrep', ['-f', 'next build'], { encoding: 'utf8' }).trim().length > 0
  } catch {
    return false
  }
}

let buildNote = 'not needed'
/** What the bench knows of the build it made last: its id, and whether the type check was skipped. */
const BUILD_MARKER = path.join(DATA_DIR, 'next-build.json')
let building: Promise<void> | undefined
/** Once per run: every Next measurement uses the same build. */
const ensureBuild = () => (building ??= buildIfNeeded())
const buildIfNeeded = async () => {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID')
  for (let waited = 0; otherBuildRunning(); waited += 5) {
    if (waited === 0) log('another `next build` is running; waiting for it')
    if (waited > 900) throw new Error('another `next build` has been running for 15 minutes')
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
  const built = fs.statSync(buildId, { throwIfNoEntry: false })
  const newest = newestInput()
  let reason = ''
  if (!built) reason = 'no .next/BUILD_ID'
  else if (process.env.BENCH_REBUILD === '1') reason = 'BENCH_REBUILD=1'
  else if (process.env.BENCH_REBUILD !== '0' && newest.mtime > built.mtimeMs) reason = `${newest.file} is newer than the build`
  if (!reason) {
    const id = fs.readFileSync(buildId, 'utf8').trim()
    let marker: { id?: string; skippedTypecheck?: string | null } = {}
    try {
      marker = JSON.parse(fs.readFileSync(BUILD_MARKER, 'utf8'))
    } catch {
      // not built by the bench
    }
    const skipped = marker.id === id && marker.skippedTypecheck ? `, **built without type checking**: ${marker.skippedTypecheck}` : ''
    buildNote = `existing build ${id} (${new Date(built!.mtimeMs).toISOString()})${skipped}`
    log(`Next: using the ${buildNote}`)
    return
  }
  log(`Next: building (${reason}); this takes a minute or two`)
  const t = Date.now()
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: secret,
    NODE_OPTIONS: withoutDevCondition(process.env.NODE_OPTIONS),
  }
  // BENCH_TYPECHECK: 1 = a type error fails the Next measurements; 0 = build without type checking; auto = build
  // normally and, when only the type check failed, again without it (reported in results.md).
  const typecheck = process.env.BENCH_TYPECHECK ?? 'auto'
  const withoutTypecheck = { ...env, NODE_OPTIONS: `--require ${path.join(ROOT, 'bench', 'skipTypecheck.cjs')} ${env.NODE_OPTIONS}`.trim() }
  let skipped: string | null = null
  let { code, log: file } = await runToEnd('next-build', 'npm', ['run', 'build'], typecheck === '0' ? withoutTypecheck : env)
  if (typecheck === '0') skipped = 'BENCH_TYPECHECK=0'
  else if (code !== 0 && typecheck !== '1' && /Failed to type check/.test(fs.readFileSync(file, 'utf8'))) {
    const errors = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /error TS\d+/.test(line))
    skipped = `\`npm run build\` failed its type check (${errors.length} error(s), first: ${errors[0]?.trim() ?? 'see the log'})`
    console.error(`bench: ${skipped}\nbench: building again without type checking (bench/skipTypecheck.cjs; BENCH_TYPECHECK=1 refuses)`)
    fs.renameSync(file, file.replace(/\.log$/, '-typecheck-failed.log'))
    ;({ code, log: file } = await runToEnd('next-build', 'npm', ['run', 'build'], withoutTypecheck))
  }
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}); log ${file}:\n${tail(file, 60)}`)
  const id = fs.readFileSync(buildId, 'utf8').trim()
  fs.writeFileSync(BUILD_MARKER, `${JSON.stringify({ id, skippedTypecheck: skipped })}\n`)
  buildNote = `built by this run in ${((Date.now() - t) / 1000).toFixed(0)} s (${reason}), id ${id}${skipped ? `, **without type checking**: ${skipped}` : ''}`
  log(`Next: ${buildNote}`)
}

// ---------------------------------------------------------------------------------------------- helpers

const flushCache = async () => {
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
  await redis.connect()
  let removed = 0
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redisPrefix}*`, 'COUNT', 1000)
      cursor = next
      if (keys.length) removed += await redis.del(...keys)
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
  return removed
}

type Probe = { status: number; cache: string | null; body: string; contentType: string | null; json?: unknown }

const probe = async (url: string): Promise<Probe> => {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  const body = await res.text()
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    json = undefined
  }
  return { status: res.status, cache: res.headers.get('x-cache'), body, contentType: res.headers.get('content-type'), json }
}

type Kind = 'list' | 'detail' | 'const'

const idsOf = (json: unknown): string[] => {
  const docs = (json as { docs?: { id?: unknown }[] } | undefined)?.docs
  return Array.isArray(docs) ? docs.map((doc) => String(doc?.id)) : []
}

/** What a response must look like before it is worth measuring. */
const check = (kind: Kind, p: Probe, manifest: Manifest): string | null => {
  if (p.status !== 200) return `HTTP ${p.status}: ${p.body.slice(0, 300)}`
  if (kind === 'const') return null
  if (p.json === undefined) return `not JSON: ${p.body.slice(0, 200)}`
  if (kind === 'list') {
    const ids = idsOf(p.json)
    if (ids.length === 0) return `no docs in the list: ${p.body.slice(0, 300)}`
    if (ids.length !== Math.min(20, manifest.catalogue.records))
      return `expected ${Math.min(20, manifest.catalogue.records)} docs, got ${ids.length}`
    return null
  }
  const doc = p.json as { id?: unknown; doc?: { id?: unknown } }
  const id = doc.id ?? doc.doc?.id
  if (String(id) !== String(manifest.recordId)) return `expected record ${manifest.recordId}, got id ${String(id)}: ${p.body.slice(0, 200)}`
  return null
}

type Target = { name: string; label: string; path: string; kind: Kind; cache?: 'hit' | 'miss' }

// ---------------------------------------------------------------------------------------------- one database

const runDatabase = async (db: DatabaseName, manifest: Manifest): Promise<DatabaseResult> => {
  const uri = databaseUri(db)
  const measurements: Measurement[] = []
  const notes: string[] = []
  const firstIds = new Map<string, string>()
  const catalogueId = manifest.catalogue.id
  const publicList = `/api/public/disclosures?catalogue=${catalogueId}&limit=20`
  const publicDetail = `/api/public/disclosures/${manifest.recordId}`
  const restList = `/api/disclosures?${encodeURI(`where[catalogue][equals]=${catalogueId}`).replace(/\[/g, '%5B').replace(/\]/g, '%5D')}&sort=-publishedAt&limit=20`
  const restDetail = `/api/disclosures/${manifest.recordId}`
  let constBody: { body: string; contentType: string } | null = null

  const fail = (name: string, label: string, url: string, problem: string) => {
    console.error(`  !! ${label}: ${problem}`)
    measurements.push({ name, label, url, ok: false, problem })
    failures.push(`${db}: ${label}: ${problem}`)
  }

  /** Checks each target's response (and cache header), then measures it. */
  const measureAll = async (server: Server, list: Target[]) => {
    for (const target of list) {
      const url = `${server.base}${target.path}`
      try {
        let p = await probe(url)
        const problem = check(target.kind, p, manifest)
        if (problem) {
          fail(target.name, target.label, url, problem)
          continue
        }
        if (target.kind === 'list') firstIds.set(target.label, idsOf(p.json).join(','))
        if (target.kind === 'const' && !constBody) constBody = { body: p.body, contentType: p.contentType ?? 'application/json' }
        if (target.cache === 'hit') {
          // The first answer fills the cache, perhaps after it has answered: ask again until it hits.
          for (let attempt = 0; attempt < 10; attempt += 1) {
            p = await probe(url)
            if (p.cache === null || p.cache.toUpperCase() === 'HIT') break
            await new Promise((resolve) => setTimeout(resolve, 200))
          }
          if (p.cache === null) notes.push(`${target.label}: the response has no X-Cache header; the cache hit could not be verified`)
          else if (p.cache.toUpperCase() !== 'HIT') {
            fail(target.name, target.label, url, `second request answered X-Cache: ${p.cache}, expected HIT`)
            continue
          }
        }
        if (target.cache === 'miss' && p.cache?.toUpperCase() === 'HIT') {
          fail(target.name, target.label, url, 'answered X-Cache: HIT with the cache off')
          continue
        }
        const m = await measure({
          name: target.name,
          label: target.label,
          url,
          connections: config.connections,
          duration: config.duration,
          warmup: config.warmup,
          pgid: server.child.pid,
        })
        measurements.push(m)
        if (m.busyBefore) notes.push(`${target.label}: ${m.busyBefore}; its numbers may be low`)
        const cpu =
          m.serverCpuMs == null
            ? ''
            : `, CPU ${m.serverCpuMs} ms/response in the server${db === 'postgres' && m.postgresCpuMs != null ? ` + ${m.postgresCpuMs} in PostgreSQL` : ''}`
        if (m.ok)
          console.log(
            `  ${target.label}: ${m.rps?.toLocaleString('en-US')} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.byCount ? ` (by count: ${m.total} in ${m.seconds} s)` : ''}${cpu}`,
          )
        else {
          console.error(`  !! ${target.label}: ${m.problem}`)
          failures.push(`${db}: ${target.label}: ${m.problem}`)
        }
        if (target.cache === 'hit') {
          const after = await probe(url)
          if (after.cache !== null && after.cache.toUpperCase() !== 'HIT')
            notes.push(`${target.label}: after the run the response said X-Cache: ${after.cache}`)
          else if (after.cache !== null) notes.push(`${target.label}: verified X-Cache: HIT before and after the run`)
        }
      } catch (err) {
        fail(target.name, target.label, url, (err as Error).message)
      }
    }
  }

  /** Starts a server, measures, always stops it. */
  const withServer = async (name: string, start: () => Promise<Server>, body: (server: Server) => Promise<void>, skipped: Target[]) => {
    let server: Server | undefined
    try {
      server = await start()
    } catch (err) {
      for (const t of skipped)
        fail(t.name, t.label, `http://127.0.0.1${t.path}`, `${name} did not start: ${(err as Error).message.split('\n')[0]}`)
      console.error((err as Error).message)
      return
    }
    try {
      await body(server)
    } finally {
      await stopServer(server)
    }
  }

  const tsxEnv = (extra: Env): Env => ({ ...process.env, NODE_OPTIONS: withDevCondition(process.env.NODE_OPTIONS), ...extra })
  const leanEnv = (extra: Env): Env => ({
    ...process.env,
    DATABASE_URI: uri,
    PORT: String(ports.lean),
    NODE_ENV: process.env.BENCH_LEAN_NODE_ENV || 'production',
    PAYLOAD_SECRET: secret,
    GONGKAI_SERVER_URL: `http://127.0.0.1:${ports.lean}`,
    ...extra,
  })
  const nextEnv = (extra: Env): Env => ({
    ...process.env,
    NODE_OPTIONS: withoutDevCondition(process.env.NODE_OPTIONS),
    DATABASE_URI: uri,
    PAYLOAD_SECRET: secret,
    NODE_ENV: 'production',
    GONGKAI_SERVER_URL: `http://127.0.0.1:${ports.next}`,
    ...extra,
  })
  const warmEnv = { PUBLIC_CACHE: 'redis', REDIS_URL: config.redisUrl, REDIS_PREFIX: config.redisPrefix }
  const start = (label: string, command: string, args: string[], env: Env, port: number) => () =>
    startServer({ name: `${db}-${label}`, command, args, env, port, readyPath: '/api/public/ping', timeoutSeconds: config.startTimeout })

  // a. raw SQL behind node:http: the floor for a database read.
  if (wanted('raw')) {
    const list: Target[] = [
      { name: 'raw-list', label: 'raw SQL + node:http, list', path: publicList, kind: 'list' },
      { name: 'raw-detail', label: 'raw SQL + node:http, detail', path: publicDetail, kind: 'detail' },
    ]
    log(`${db}: raw SQL server`)
    await withServer(
      'rawServer',
      start('raw', bin('tsx'), ['bench/rawServer.ts'], tsxEnv({ DATABASE_URI: uri, PORT: String(ports.raw) }), ports.raw),
      (s) => measureAll(s, list),
      list,
    )
  }

  // b. the lean server, cold and warm.
  // BENCH_LEAN_CMD runs another command in its place (it gets the same env, PORT included).
  const [leanCommand, ...leanArgs] = (process.env.BENCH_LEAN_CMD || 'npm run serve:public').split(/\s+/)
  const leanExists = Boolean(process.env.BENCH_LEAN_CMD) || fs.existsSync(path.join(ROOT, 'src', 'public', 'server.ts'))
  const leanCold: Target[] = [
    { name: 'lean-cold-list', label: 'lean server, cold cache, list', path: publicList, kind: 'list', cache: 'miss' },
    { name: 'lean-cold-detail', label: 'lean server, cold cache, detail', path: publicDetail, kind: 'detail', cache: 'miss' },
  ]
  const leanWarm: Target[] = [
    { name: 'lean-warm-list', label: 'lean server, warm cache, list', path: publicList, kind: 'list', cache: 'hit' },
    { name: 'lean-warm-detail', label: 'lean server, warm cache, detail', path: publicDetail, kind: 'detail', cache: 'hit' },
  ]
  // The lean server builds its in-memory search index right after it starts listening (20-30 s of its CPU at
  // 100,000 records): no measurement may run beside it.
  const indexAtStart = buildsIndexAtStart(ROOT)
  let leanReady: Awaited<ReturnType<typeof waitForSearchIndex>> = { atStart: false }
  let leanRssStarted: number | undefined
  const startLean = (group: string, env: Env) => async () => {
    const server = await start(group, leanCommand, leanArgs, env, ports.lean)()
    leanRssStarted = groupRss(server.child.pid!)
    leanReady = await waitForSearchIndex(server, indexAtStart, Math.max(config.startTimeout, 300))
    if (leanReady.atStart)
      log(
        `${db}: ${group}: search index built at start (${leanReady.records} records in ${leanReady.buildMs} ms by the server's log; waited ${leanReady.waitedMs} ms)`,
      )
    if (leanReady.error) notes.push(`${group}: ${leanReady.error}`)
    return server
  }
  for (const [group, list, extra] of [
    ['lean-cold', leanCold, { PUBLIC_CACHE: 'off' }],
    ['lean-warm', leanWarm, warmEnv],
  ] as const) {
    if (!wanted(group)) continue
    if (!leanExists) {
      for (const t of list) fail(t.name, t.label, `http://127.0.0.1:${ports.lean}${t.path}`, 'scripts/serve-public.ts does not exist yet')
      continue
    }
    if (group === 'lean-warm') log(`${db}: cleared ${await flushCache()} cached keys under ${config.redisPrefix}`)
    log(`${db}: lean server (${group})`)
    await withServer(`${leanCommand} ${leanArgs.join(' ')}`, startLean(group, leanEnv(extra)), (s) => measureAll(s, list), list)
  }

  // b'. search on the lean server: cache off, search rate limit off (bench/search.ts).
  let search: SearchResult | undefined
  if (wanted('search')) {
    if (!leanExists) failures.push(`${db}: search: scripts/serve-public.ts does not exist yet`)
    else {
      log(`${db}: lean server (search; cache off, search rate limit off; ${config.searchConnections.join(' and ')} connection(s))`)
      const env = leanEnv({ PUBLIC_CACHE: 'off', PUBLIC_SEARCH_RATE_LIMIT: '0' })
      await withServer(
        `${leanCommand} ${leanArgs.join(' ')}`,
        startLean('search', env),
        async (server) => {
          search = await runSearchBench({
            database: db,
            server,
            manifest,
            duration: config.duration,
            warmup: config.warmup,
            connections: config.searchConnections,
            ready: leanReady,
            rssStarted: leanRssStarted,
            log,
          })
          for (const problem of search.problems) {
            console.error(`  !! search: ${problem}`)
            failures.push(`${db}: search: ${problem}`)
          }
          for (const run of search.runs) if (run.busyBefore) notes.push(`${run.label}: ${run.busyBefore}; its numbers may be low`)
        },
        [],
      )
      if (!search) failures.push(`${db}: search: the lean server did not start (log in bench/.data/logs/${db}-search.log)`)
    }
  }

  // c, d, f. the Next app: the mount cold and warm, vanilla REST, the constant route.
  const nextCold: Target[] = [
    { name: 'next-cold-list', label: 'Next mount, cold cache, list', path: publicList, kind: 'list', cache: 'miss' },
    { name: 'next-cold-detail', label: 'Next mount, cold cache, detail', path: publicDetail, kind: 'detail', cache: 'miss' },
    { name: 'rest-list', label: 'vanilla Payload REST (Next), list', path: restList, kind: 'list' },
    { name: 'rest-detail', label: 'vanilla Payload REST (Next), detail', path: restDetail, kind: 'detail' },
    { name: 'next-cold-ping', label: 'Next constant route (cold-cache instance)', path: '/api/public/ping', kind: 'const' },
  ]
  const nextWarm: Target[] = [
    { name: 'next-warm-list', label: 'Next mount, warm cache, list', path: publicList, kind: 'list', cache: 'hit' },
    { name: 'next-warm-detail', label: 'Next mount, warm cache, detail', path: publicDetail, kind: 'detail', cache: 'hit' },
    { name: 'next-warm-ping', label: 'Next constant route', path: '/api/public/ping', kind: 'const' },
  ]
  const nextStart = (group: string, extra: Env) => () =>
    startServer({
      name: `${db}-${group}`,
      command: bin('next'),
      // Node's default keep-alive timeout (5 s) is what `next start` keeps. Under this load a slow route (the cold
      // lists on SQLite answer after several seconds, and SQLite's synchronous queries hold the event loop) lets
      // the timer of a connection whose next request is not read yet fire first: Node resets it (ECONNRESET in
      // autocannon). 65 s, as the lean server sets (and as behind a load balancer with a 60 s idle timeout).
      args: ['start', '-H', '127.0.0.1', '-p', String(ports.next), '--keepAliveTimeout', '65000'],
      env: nextEnv(extra),
      port: ports.next,
      // Up when Next answers at all: the public routes may not be there, and are then reported per route.
      readyPath: '/api/public/ping',
      ready: (status) => status < 500,
      timeoutSeconds: config.startTimeout,
    })
  for (const [group, list, extra] of [
    ['next-cold', nextCold, { PUBLIC_CACHE: 'off' }],
    ['next-warm', nextWarm, warmEnv],
  ] as const) {
    if (!wanted(group)) continue
    try {
      await ensureBuild()
    } catch (err) {
      for (const t of list)
        fail(t.name, t.label, `http://127.0.0.1:${ports.next}${t.path}`, `no Next build: ${(err as Error).message.split('\n')[0]}`)
      console.error((err as Error).message)
      continue
    }
    if (group === 'next-warm') log(`${db}: cleared ${await flushCache()} cached keys under ${config.redisPrefix}`)
    log(`${db}: Next app (${group})`)
    await withServer('next start', nextStart(group, extra), (s) => measureAll(s, list), list)
  }

  // e. the admin an editor and a reviewer open first (bench/admin.ts), on its own `next start`, cache off.
  let admin: AdminResult | undefined
  if (wanted('admin')) {
    try {
      await ensureBuild()
      log(`${db}: Next app (admin: dashboards and the records list, signed in)`)
      await withServer(
        'next start',
        nextStart('admin', { PUBLIC_CACHE: 'off' }),
        async (server) => {
          admin = await runAdminBench({ database: db, server, manifest, log })
          for (const problem of admin.problems) {
            console.error(`  !! admin: ${problem}`)
            failures.push(`${db}: admin: ${problem}`)
          }
        },
        [],
      )
      if (!admin) failures.push(`${db}: admin: next start did not start (log in bench/.data/logs/${db}-admin.log)`)
    } catch (err) {
      failures.push(`${db}: admin: no Next build: ${(err as Error).message.split('\n')[0]}`)
    }
  }

  // f. the constant body behind bare node:http, the same body as the Next route.
  if (wanted('const')) {
    const body = constBody as { body: string; contentType: string } | null
    if (!body) notes.push('the constant server sent {"ok":true}: the Next constant route was not measured, so its body is unknown')
    const list: Target[] = [{ name: 'node-const', label: 'constant body, bare node:http', path: '/api/public/ping', kind: 'const' }]
    log(`${db}: constant-body server`)
    const env = tsxEnv({ PORT: String(ports.const), ...(body ? { CONST_BODY: body.body, CONST_CONTENT_TYPE: body.contentType } : {}) })
    await withServer(
      'constServer',
      start('const', bin('tsx'), ['bench/constServer.ts'], env, ports.const),
      (s) => measureAll(s, list),
      list,
    )
  }

  // The same query everywhere: the lists must agree on which records are first.
  const distinct = new Set(firstIds.values())
  if (distinct.size > 1) {
    const detail = [...firstIds.entries()].map(([label, ids]) => `${label}: ${ids.split(',').slice(0, 5).join(',')}…`).join('; ')
    notes.push(`the lists disagree on their records (${detail})`)
    failures.push(`${db}: the list endpoints returned different records: ${detail}`)
  } else if (distinct.size === 1)
    notes.push(`every list returned the same 20 records (newest first: ${[...distinct][0].split(',').slice(0, 3).join(', ')}, …)`)

  return { database: db, manifest, measurements, notes, ...(search ? { search } : {}), ...(admin ? { admin } : {}) }
}

// ---------------------------------------------------------------------------------------------- main

/** The commit and the uncommitted changes to the build inputs: the lean server runs them from source, Next from its build. */
const sourceState = () => {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trimEnd() // porcelain lines start with a space
    } catch {
      return ''
    }
  }
  const head = git('rev-parse', '--short', 'HEAD').trim() || 'unknown'
  const dirty = git('status', '--porcelain', '--', ...BUILD_INPUTS)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
  return dirty.length ? `commit ${head} + uncommitted changes to ${dirty.join(', ')}` : `commit ${head} (build inputs unchanged since)`
}

const main = async () => {
  log(
    `${config.records.toLocaleString('en-US')} records; databases ${config.databases.join(', ')}; ${config.connections} connections, ${config.warmup} s warm-up + ${config.duration} s per measurement; ports ${Object.values(ports).join(', ')}`,
  )
  const source = sourceState()
  const inputsAtStart = newestInput()
  log(`sources: ${source}`)
  const manifests = new Map<DatabaseName, Manifest>()
  for (const db of config.databases) manifests.set(db, await seed(db))
  // Built (if stale) before any measurement, so the lean server (from source) and Next (from the build) run the same code.
  if (wanted('next-cold') || wanted('next-warm') || wanted('admin')) await ensureBuild().catch(() => undefined) // each Next group reports the failure
  const results: DatabaseResult[] = []
  for (const db of config.databases) {
    const result = await runDatabase(db, manifests.get(db)!)
    results.push(result)
    printDatabase(result)
  }
  const inputsAtEnd = newestInput()
  if (inputsAtEnd.mtime > inputsAtStart.mtime) {
    failures.push(
      `the sources changed during the run (${inputsAtEnd.file} at ${new Date(inputsAtEnd.mtime).toISOString()}): measurements after that ran the lean server from the changed source, Next from the build made before; rerun for numbers of one version`,
    )
  }
  // `--only admin`: the public API numbers of the last full run are kept beside the new admin ones.
  const carried = carryOver(config.only, results)
  const run: RunInfo = {
    ...(carried ? { carried } : {}),
    source,
    records: config.records,
    duration: config.duration,
    warmup: config.warmup,
    connections: config.connections,
    started: started.toISOString(),
    finished: new Date().toISOString(),
    build: buildNote,
    only: config.only,
  }
  writeResults(run, results, failures)
  log(`wrote bench/results.md and bench/results.json`)
  if (failures.length) {
    console.error(`\nbench: FAILED — ${failures.length} problem(s):`)
    for (const failure of failures) console.error(`  - ${failure}`)
    process.exit(1)
  }
  process.exit(0)
}

main().catch((err) => {
  console.error('bench: failed:', err)
  process.exit(1)
})
