/**
 * Search on the lean server (`GET /api/search?q=…`), cache off and rate limit off, cycling through real
 * terms of the generated data so that every request does the whole work (index sync, in-memory query,
 * re-read of the page as the anonymous caller); plus one-off timings of the feed, the sitemaps and a
 * WeChat article. Run by bench/run.ts (group `search`); see bench/README.md.
 */
import fs from 'node:fs'

import autocannon, { type Result } from 'autocannon'

import { between, type CpuSnapshot, quiesce, snapshot } from './cpu.js'
import type { Manifest } from './env.js'
import type { Server } from './procs.js'

/**
 * Words and phrases of the generated titles and bodies (bench/generate.ts), in Traditional characters as
 * the data is, common ones (tens of thousands of matches) and rare ones (a few hundred); the last few of
 * each list in Simplified characters, which the index folds to the same bigrams.
 */
export const SEARCH_TERMS: Record<2 | 4, string[]> = {
  2: [
    '通知',
    '政府',
    '公開',
    '財政',
    '預算',
    '審計',
    '辦法',
    '意見',
    '教育',
    '醫療',
    '住房',
    '採購',
    '環境',
    '安全',
    '信用',
    '就業',
    '養老',
    '土地',
    '科技',
    '解讀',
    '礦業',
    '計量',
    '棚戶',
    '殘疾',
    '薪酬',
    '輿情',
    '熱線',
    '财政',
    '审计',
    '环境',
  ],
  4: [
    '政府採購',
    '政務公開',
    '信息公開',
    '實施方案',
    '管理辦法',
    '實施意見',
    '工作要點',
    '行政處罰',
    '社會救助',
    '養老服務',
    '食品安全',
    '安全生產',
    '專項檢查',
    '行動計劃',
    '發展規劃',
    '會議紀要',
    '招標投標',
    '預算執行',
    '審計整改',
    '學前教育',
    '疫情防控',
    '職業技能',
    '特種設備',
    '計量監督',
    '徵地補償',
    '穩崗返還',
    '兩項補貼',
    '政府采购',
    '信息公开',
    '社会救助',
  ],
}

export type SearchRun = {
  name: string
  label: string
  length: 2 | 4
  connections: number
  ok: boolean
  problem?: string
  total?: number
  seconds?: number
  rps?: number
  p50?: number
  p95?: number
  p99?: number
  max?: number
  byCount?: boolean
  serverCpuMs?: number | null
  postgresCpuMs?: number | null
  busyBefore?: string
}

export type TermCheck = { term: string; length: 2 | 4; totalDocs: number; titleMatches: number; ms: number }
export type OneOff = {
  label: string
  path: string
  ok: boolean
  problem?: string
  median?: number
  min?: number
  max?: number
  bytes?: number
  cache?: string | null
  contentType?: string | null
}

/** The lean server's build of its in-memory index at start, as its log reports it. */
export type IndexReady = {
  /** The server builds the index at start (scripts/serve-public.ts logs "search index ready"); else the first search does. */
  atStart: boolean
  records?: number
  /** The build's time, from the server's log. */
  buildMs?: number
  /** From the first answer to /api/public/ping until the log said the index was ready. */
  waitedMs?: number
  /** /api/public/ping, polled while the index was being built: how many answered, the slowest. */
  pings?: number
  slowestPingMs?: number
  error?: string
}

export type SearchResult = {
  rows: number | null
  /** Seconds the bench took to write the rows (bench/searchIndex.ts), when it did. */
  fillSeconds: number | null
  ready?: IndexReady
  /** The first search: with no build at start, it builds the in-memory index from every `search-index` row. */
  first?: { term: string; ms: number; totalDocs: number }
  /** Resident memory of the server's largest process (the node running server.ts), in KiB. */
  rss: { started?: number; afterBuild?: number; atEnd?: number }
  terms: TermCheck[]
  runs: SearchRun[]
  oneOffs: OneOff[]
  problems: string[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** VmRSS (KiB) of the largest process of a process group: npm → sh → tsx → node; the last one serves. */
export const groupRss = (pgid: number): number | undefined => {
  let largest: number | undefined
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue
      const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match && (largest === undefined || Number(match[1]) > largest)) largest = Number(match[1])
    } catch {
      // gone
    }
  }
  return largest
}

const READY = /search index ready: (\d+) records in (\d+) ms/
const NOT_BUILT = /search index could not be built/

/** Whether the lean server builds its index at start (and logs it), from its source; BENCH_LEAN_CMD: assume not. */
export const buildsIndexAtStart = (root: string) => {
  if (process.env.BENCH_LEAN_CMD) return false
  try {
    return fs.readFileSync(`${root}/scripts/serve-public.ts`, 'utf8').includes('search index ready')
  } catch {
    return false
  }
}

/**
 * Waits until the lean server's log says its search index is built (it builds it right after it starts
 * listening), so that no measurement runs beside the build; meanwhile polls /api/public/ping, to see how
 * the server answers while it builds.
 */
export const waitForSearchIndex = async (server: Server, atStart: boolean, timeoutSeconds: number): Promise<IndexReady> => {
  if (!atStart) return { atStart: false }
  const started = performance.now()
  let pings = 0
  let slowest = 0
  while (performance.now() - started < timeoutSeconds * 1000) {
    let text = ''
    try {
      text = fs.readFileSync(server.log, 'utf8')
    } catch {
      // not written yet
    }
    const ready = READY.exec(text)
    const waitedMs = Math.round(performance.now() - started)
    if (ready) return { atStart, records: Number(ready[1]), buildMs: Number(ready[2]), waitedMs, pings, slowestPingMs: Math.round(slowest) }
    if (NOT_BUILT.test(text))
      return {
        atStart,
        waitedMs,
        pings,
        slowestPingMs: Math.round(slowest),
        error: 'the server logged that the search index could not be built',
      }
    const t = performance.now()
    try {
      const res = await fetch(`${server.base}/api/public/ping`, { signal: AbortSignal.timeout(120_000) })
      await res.arrayBuffer()
      pings += 1
      slowest = Math.max(slowest, performance.now() - t)
    } catch {
      // reported as no answer
    }
    await sleep(250)
  }
  return {
    atStart,
    waitedMs: Math.round(performance.now() - started),
    pings,
    slowestPingMs: Math.round(slowest),
    error: `no "search index ready" in the log within ${timeoutSeconds} s`,
  }
}

const searchPath = (term: string) => `/api/search?q=${encodeURIComponent(term)}`

type Answer = { status: number; ms: number; body: string; cache: string | null; contentType: string | null }

const get = async (url: string): Promise<Answer> => {
  const t = performance.now()
  const res = await fetch(url, { signal: AbortSignal.timeout(300_000) })
  const body = await res.text()
  return {
    status: res.status,
    ms: performance.now() - t,
    body,
    cache: res.headers.get('x-cache'),
    contentType: res.headers.get('content-type'),
  }
}

/** A search answer worth measuring: 200, not from a cache, JSON with at least one match and one doc. */
const checkSearch = (term: string, a: Answer): { totalDocs: number; titleMatches: number } => {
  if (a.status !== 200) throw new Error(`search ${term}: HTTP ${a.status}: ${a.body.slice(0, 300)}`)
  if (a.cache?.toUpperCase() === 'HIT') throw new Error(`search ${term}: answered X-Cache: HIT with the cache off`)
  let json: { totalDocs?: unknown; titleMatches?: unknown; docs?: unknown[] }
  try {
    json = JSON.parse(a.body)
  } catch {
    throw new Error(`search ${term}: not JSON: ${a.body.slice(0, 200)}`)
  }
  const totalDocs = Number(json.totalDocs)
  if (!(totalDocs > 0))
    throw new Error(`search ${term}: totalDocs ${String(json.totalDocs)}; the term must match generated records: ${a.body.slice(0, 200)}`)
  if (!Array.isArray(json.docs) || json.docs.length === 0)
    throw new Error(
      `search ${term}: totalDocs ${totalDocs} but no docs on the first page (the re-read as the anonymous caller dropped them all?)`,
    )
  return { totalDocs, titleMatches: Number(json.titleMatches ?? 0) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]
const round1 = (n: number) => Math.round(n * 10) / 10

const bad = (r: Result) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0
const describe = (r: Result) =>
  `${r['2xx']} 2xx, ${r.non2xx} non-2xx (${JSON.stringify(Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])))}), ${r.errors} errors, ${r.timeouts} timeouts`

/** A run of at least this many responses: a timed run that completed fewer is measured again by count. */
const MIN_SEARCHES = Number(process.env.BENCH_SEARCH_MIN_RESPONSES ?? 200)

/**
 * autocannon over the terms' paths, one after another across all connections (every request a different
 * term from the last), with each response's latency recorded exactly (autocannon's own histogram has no p95).
 */
const cycle = async (
  base: string,
  paths: string[],
  connections: number,
  run: { duration?: number; amount?: number },
  latencies?: number[],
) => {
  let next = 0
  const instance = autocannon({
    url: base,
    connections,
    ...run,
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]
          return request
        },
      },
    ],
  })
  if (latencies) instance.on('response', (_client, status, _bytes, ms) => status >= 200 && status < 300 && latencies.push(ms))
  return instance
}

const measureSearch = async (
  server: Server,
  length: 2 | 4,
  connections: number,
  duration: number,
  warmup: number,
  database: string,
): Promise<SearchRun> => {
  const name = `search-${length}-c${connections}`
  const label = `lean server, search, ${length}-character terms, ${connections} connection${connections === 1 ? '' : 's'}`
  const paths = SEARCH_TERMS[length].map(searchPath)
  const pgid = server.child.pid!
  const base: SearchRun = { name, label, length, connections, ok: false }
  let busyBefore: string | undefined
  const settle = async () => {
    const q = await quiesce()
    if (!q.quiet) busyBefore = `the machine stayed busy (${q.busy?.toFixed(2)} cores) for ${Math.round(q.waitedMs / 1000)} s before the run`
  }
  const drain = () => get(`${server.base}${paths[0]}`).catch(() => undefined)
  await settle()
  const warm = await cycle(server.base, paths, connections, { duration: warmup })
  await drain()
  if (bad(warm)) return { ...base, problem: `warm-up: ${describe(warm)}` }
  await settle()
  let latencies: number[] = []
  let before: CpuSnapshot = snapshot(pgid)
  let result = await cycle(server.base, paths, connections, { duration }, latencies)
  let after: CpuSnapshot = snapshot(pgid)
  await drain()
  let byCount = false
  if (!bad(result) && result.requests.total < MIN_SEARCHES) {
    await settle()
    latencies = []
    before = snapshot(pgid)
    result = await cycle(server.base, paths, connections, { amount: MIN_SEARCHES }, latencies)
    after = snapshot(pgid)
    await drain()
    byCount = true
  }
  const total = result.requests.total
  const cpu = between(before, after)
  const perResponse = (cores: number | null) => (cores === null || !total ? null : Math.round(((cores * cpu.wallMs) / total) * 100) / 100)
  const sorted = latencies.sort((a, b) => a - b)
  const measured: SearchRun = {
    ...base,
    total,
    seconds: result.duration,
    rps: result.duration > 0 ? round1(total / result.duration) : 0,
    p50: sorted.length ? round1(percentile(sorted, 0.5)) : undefined,
    p95: sorted.length ? round1(percentile(sorted, 0.95)) : undefined,
    p99: sorted.length ? round1(percentile(sorted, 0.99)) : undefined,
    max: sorted.length ? round1(sorted[sorted.length - 1]) : undefined,
    byCount,
    serverCpuMs: perResponse(cpu.group),
    postgresCpuMs: database === 'postgres' ? perResponse(cpu.postgres) : null,
    ...(busyBefore ? { busyBefore } : {}),
  }
  if (bad(result) || total === 0) return { ...measured, problem: describe(result) }
  return { ...measured, ok: true }
}

/** Median of `times` sequential requests, after one that is checked (200, not a cache hit, the expected type). */
const oneOff = async (server: Server, label: string, path: string, type: RegExp, times: number): Promise<OneOff> => {
  const url = `${server.base}${path}`
  try {
    const first = await get(url)
    if (first.status !== 200) return { label, path, ok: false, problem: `HTTP ${first.status}: ${first.body.slice(0, 200)}` }
    if (first.cache?.toUpperCase() === 'HIT') return { label, path, ok: false, problem: 'answered X-Cache: HIT with the cache off' }
    if (!type.test(first.contentType ?? ''))
      return { label, path, ok: false, problem: `Content-Type ${first.contentType}, expected ${type}` }
    const ms: number[] = []
    for (let i = 0; i < times; i += 1) {
      const a = await get(url)
      if (a.status !== 200) return { label, path, ok: false, problem: `request ${i + 2}: HTTP ${a.status}` }
      ms.push(a.ms)
    }
    ms.sort((a, b) => a - b)
    return {
      label,
      path,
      ok: true,
      median: round1(percentile(ms, 0.5)),
      min: round1(ms[0]),
      max: round1(ms[ms.length - 1]),
      bytes: Buffer.byteLength(first.body),
      cache: first.cache,
      contentType: first.contentType,
    }
  } catch (err) {
    return { label, path, ok: false, problem: (err as Error).message }
  }
}

export const runSearchBench = async (opts: {
  database: string
  server: Server
  manifest: Manifest
  duration: number
  warmup: number
  connections: number[]
  /** What bench/run.ts saw of the build at start (waitForSearchIndex), before this runs. */
  ready: IndexReady
  /** RSS (KiB) of the server right after its first answer to the readiness ping. */
  rssStarted?: number
  log: (msg: string) => void
}): Promise<SearchResult> => {
  const { database, server, manifest, duration, warmup, connections, ready, log } = opts
  const pgid = server.child.pid!
  const result: SearchResult = {
    rows: manifest.searchIndex?.rows ?? null,
    fillSeconds: manifest.searchIndex?.seconds ?? null,
    ready,
    rss: { started: opts.rssStarted },
    terms: [],
    runs: [],
    oneOffs: [],
    problems: [],
  }
  if (ready.error) result.problems.push(`search index at start: ${ready.error}`)
  const mib = (kib: number | undefined) => `${Math.round((kib ?? 0) / 1024)} MiB`
  if (ready.atStart) {
    result.rss.afterBuild = groupRss(pgid)
    const pings = ready.pings
      ? `ready ${ready.waitedMs} ms after the first ping; ${ready.pings} pings answered meanwhile, the slowest in ${ready.slowestPingMs} ms`
      : 'the first ping was answered only after the build'
    log(
      `  search index built at start: ${ready.records} records in ${ready.buildMs} ms (server log); ${pings}; server RSS ${mib(result.rss.afterBuild)}`,
    )
  }

  // 1. The first search (which builds the in-memory index when the server did not at start).
  const firstTerm = SEARCH_TERMS[2][0]
  try {
    await sleep(1000)
    const a = await get(`${server.base}${searchPath(firstTerm)}`)
    const { totalDocs } = checkSearch(firstTerm, a)
    result.first = { term: firstTerm, ms: Math.round(a.ms), totalDocs }
    if (!ready.atStart) result.rss.afterBuild = groupRss(pgid)
    log(
      `  first search (${firstTerm}${ready.atStart ? '' : `, builds the in-memory index from ${result.rows ?? '?'} rows`}): ${result.first.ms} ms; server RSS ${mib(result.rss.started)} at the first ping, ${mib(result.rss.afterBuild)} after the build`,
    )
  } catch (err) {
    result.problems.push(`first search: ${(err as Error).message}`)
    return result
  }

  // 2. Every term answers 200 with matches (else the run fails loudly); the median of three sequential requests each.
  for (const length of [2, 4] as const) {
    for (const term of SEARCH_TERMS[length]) {
      try {
        const answers: Answer[] = []
        for (let i = 0; i < 3; i += 1) answers.push(await get(`${server.base}${searchPath(term)}`))
        const { totalDocs, titleMatches } = checkSearch(term, answers[0])
        const ms = answers.map((x) => x.ms).sort((a, b) => a - b)[1]
        result.terms.push({ term, length, totalDocs, titleMatches, ms: round1(ms) })
      } catch (err) {
        result.problems.push((err as Error).message)
      }
    }
  }
  if (result.problems.length) return result
  for (const length of [2, 4] as const) {
    const counts = result.terms.filter((t) => t.length === length).map((t) => t.totalDocs)
    log(`  ${length}-character terms: ${counts.length} terms, ${Math.min(...counts)}–${Math.max(...counts)} matches each`)
  }

  // 3. The measured runs.
  for (const length of [2, 4] as const) {
    for (const c of connections) {
      const run = await measureSearch(server, length, c, duration, warmup, database)
      result.runs.push(run)
      const cpu =
        run.serverCpuMs == null
          ? ''
          : `, CPU ${run.serverCpuMs} ms/response in the server${database === 'postgres' && run.postgresCpuMs != null ? ` + ${run.postgresCpuMs} in PostgreSQL` : ''}`
      if (run.ok)
        log(
          `  ${run.label}: ${run.rps} req/s, p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms (${run.total} responses${run.byCount ? ', by count' : ''})${cpu}`,
        )
      else result.problems.push(`${run.label}: ${run.problem}`)
    }
  }

  // 4. One-off timings, cache off: the median of 20 sequential requests each.
  const times = Number(process.env.BENCH_ONE_OFF_REQUESTS ?? 20)
  for (const [label, path, type] of [
    ['RSS feed', '/api/public/feeds/rss', /xml/],
    ['sitemap index', '/sitemap.xml', /xml/],
    ['sitemap file (the first 10,000 records)', '/sitemaps/disclosures-1.xml', /xml/],
    ['WeChat article (the bench record)', `/api/public/wechat/disclosures/${manifest.recordId}`, /json/],
  ] as const) {
    const o = await oneOff(server, label, path, type, times)
    result.oneOffs.push(o)
    if (o.ok)
      log(
        `  ${label}: median ${o.median} ms (min ${o.min}, max ${o.max}) over ${times} sequential requests, ${o.bytes} bytes, X-Cache ${o.cache}`,
      )
    else result.problems.push(`${label} (${path}): ${o.problem}`)
  }
  result.rss.atEnd = groupRss(pgid)
  return result
}
