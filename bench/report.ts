/**
 * The results: a console table, the ratios, the targets, bench/results.md and bench/results.json.
 * `npx tsx bench/report.ts` writes results.md again from results.json (after an edit of bench/why.md, say).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { AdminResult } from './admin.js'
import { adminLines, adminTargets, printAdmin } from './adminReport.js'
import { BENCH_DIR, type DatabaseName, type Manifest } from './env.js'
import { type Measurement, MIN_RESPONSES } from './measure.js'
import { SEARCH_TERMS, type SearchResult } from './search.js'

export type DatabaseResult = {
  database: DatabaseName
  manifest: Manifest
  measurements: Measurement[]
  notes: string[]
  /** Search on the lean server (bench/search.ts), when the `search` group ran. */
  search?: SearchResult
  /** The admin pages (bench/admin.ts), when the `admin` group ran. */
  admin?: AdminResult
}

export type RunInfo = {
  /** The commit, and uncommitted changes to the build inputs, at the start of the run. */
  source: string
  records: number
  duration: number
  warmup: number
  connections: number
  started: string
  finished: string
  build: string
  /** The groups run (BENCH_ONLY / --only); empty: all. */
  only?: string[]
  /** `--only admin`: where the other measurements come from (bench/adminReport.ts). */
  carried?: string
}

const get = (ms: Measurement[], name: string) => ms.find((m) => m.name === name && m.ok)

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const ms = (n: number | undefined) => (n === undefined ? '—' : `${fmt(n, Number.isInteger(n) ? 0 : 1)} ms`)
/** Requests/s: whole numbers, one decimal below 100. */
const rate = (n: number | undefined) => fmt(n, n !== undefined && n < 100 && !Number.isInteger(n) ? 1 : 0)
const ratio = (n: number | undefined) => (n === undefined ? '—' : `${n >= 10 ? n.toFixed(1) : n.toFixed(2)}×`)

/** `why`: the heading of its explanation in bench/why.md, when not its description. */
export type Target = { id: string; description: string; required: string; achieved: string; met: boolean | null; by: string; why?: string }

/** Search: p95 under this, for 2–4 character terms at 100,000 records, on both databases, from the lean server. */
export const SEARCH_P95_MS = 100
const SEARCH_WHY = 'lean server, search p95'

/**
 * The targets of the brief, from one database's measurements. A target none of whose measurements was run
 * (a group left out with BENCH_ONLY) is left out; one whose measurement ran and failed is "not measured".
 */
export const targets = (measurements: Measurement[], search?: SearchResult, admin?: AdminResult): Target[] => {
  const out: Target[] = []
  const ran = (...names: string[]) => names.some((name) => measurements.some((m) => m.name === name))
  const throughput = (id: string, description: string, a: string, b: string, required: number) => {
    if (!ran(a, b)) return
    const x = get(measurements, a)
    const y = get(measurements, b)
    if (!x?.rps || !y?.rps) {
      out.push({ id, description, required: `≥ ${required}×`, achieved: 'not measured', met: null, by: missing(measurements, [a, b]) })
      return
    }
    const r = x.rps / y.rps
    const met = r >= required
    out.push({
      id,
      description,
      required: `≥ ${required}×`,
      achieved: `${ratio(r)} (${rate(x.rps)} / ${rate(y.rps)} req/s)`,
      met,
      by: met
        ? `met, ${ratio(r / required)} the requirement`
        : `missed: ${ratio(r)} of ${required}× required (${Math.round((r / required) * 100)} % of the target)`,
    })
  }
  const latency = (id: string, description: string, a: string, limit: number) => {
    if (!ran(a)) return
    const x = get(measurements, a)
    if (x?.p99 === undefined) {
      out.push({ id, description, required: `p99 < ${limit} ms`, achieved: 'not measured', met: null, by: missing(measurements, [a]) })
      return
    }
    const met = x.p99 < limit
    out.push({
      id,
      description,
      required: `p99 < ${limit} ms`,
      achieved: `p99 ${ms(x.p99)}`,
      met,
      by: met ? `met (${ms(limit - x.p99)} to spare)` : `missed by ${ms(x.p99 - limit)} (${ratio(x.p99 / limit)} the limit)`,
    })
  }
  throughput('warm-list', 'lean server, warm cache, list vs vanilla REST list', 'lean-warm-list', 'rest-list', 20)
  latency('warm-list-p99', 'lean server, warm cache, list', 'lean-warm-list', 10)
  throughput('warm-detail', 'lean server, warm cache, detail vs vanilla REST detail', 'lean-warm-detail', 'rest-detail', 20)
  latency('warm-detail-p99', 'lean server, warm cache, detail', 'lean-warm-detail', 10)
  throughput('cold-list', 'lean server, cold cache, list vs vanilla REST list', 'lean-cold-list', 'rest-list', 3)
  throughput('cold-detail', 'lean server, cold cache, detail vs vanilla REST detail', 'lean-cold-detail', 'rest-detail', 3)
  throughput('next-warm-list', 'Next mount, warm cache, list vs the constant Next route', 'next-warm-list', 'next-warm-ping', 0.5)
  throughput('next-warm-detail', 'Next mount, warm cache, detail vs the constant Next route', 'next-warm-detail', 'next-warm-ping', 0.5)
  for (const run of search?.runs ?? []) {
    const description = `lean server, search, ${run.length}-character terms, ${run.connections} connection${run.connections === 1 ? '' : 's'}`
    const required = `p95 < ${SEARCH_P95_MS} ms`
    if (!run.ok || run.p95 === undefined) {
      out.push({
        id: run.name,
        description,
        required,
        achieved: 'not measured',
        met: null,
        by: `${run.name} failed: ${run.problem}`,
        why: SEARCH_WHY,
      })
      continue
    }
    const met = run.p95 < SEARCH_P95_MS
    out.push({
      id: run.name,
      description,
      required,
      achieved: `p95 ${ms(run.p95)} (p50 ${ms(run.p50)}, p99 ${ms(run.p99)}; ${rate(run.rps)} req/s)`,
      met,
      by: met
        ? `met (${ms(round1(SEARCH_P95_MS - run.p95))} to spare)`
        : `missed by ${ms(round1(run.p95 - SEARCH_P95_MS))} (${ratio(run.p95 / SEARCH_P95_MS)} the limit)`,
      why: SEARCH_WHY,
    })
  }
  if (search && !search.runs.length) {
    out.push({
      id: 'search',
      description: 'lean server, search',
      required: `p95 < ${SEARCH_P95_MS} ms`,
      achieved: 'not measured',
      met: null,
      by: search.problems.join('; ') || 'not measured',
      why: SEARCH_WHY,
    })
  }
  return [...out, ...adminTargets(admin)]
}

const round1 = (n: number) => Math.round(n * 10) / 10
const mib = (kib: number | undefined) => (kib === undefined ? '—' : `${fmt(kib / 1024)} MiB`)

/** The search section of a database: the runs with p95, the first search, memory, the terms and the one-off timings. */
const searchLines = (search: SearchResult, database: DatabaseName): string[] => {
  const lines: string[] = ['### Search (lean server, cache off, search rate limit off)', '']
  const rss = search.rss
  const ready = search.ready
  lines.push(
    `- \`search-index\`: ${search.rows === null ? 'rows unknown' : `${fmt(search.rows)} rows`}${search.fillSeconds ? ` (written by the bench's seed step in ${fmt(search.fillSeconds, 0)} s, bench/searchIndex.ts)` : ''}.`,
  )
  if (ready?.atStart) {
    lines.push(
      `- the server builds its in-memory index right after it starts listening: **${ms(ready.buildMs)}** for ${fmt(ready.records)} records by its log${ready.error ? ` (**${cell(ready.error)}**)` : ''}; ${ready.pings ? `the bench saw the index ready ${ms(ready.waitedMs)} after the server's first answer to the readiness ping (\`/api/public/ping\`); meanwhile ${fmt(ready.pings)} pings, one every 250 ms or so, were answered, the slowest in **${ms(ready.slowestPingMs)}** (the build runs on the server's event loop)` : 'the server answered its first readiness ping (`/api/public/ping`) only once the build was done: it held the event loop while it built'}.`,
      `- the first search (\`${search.first?.term ?? '—'}\`) after that: ${search.first ? ms(search.first.ms) : '—'}.`,
    )
  } else
    lines.push(
      `- the first search (\`${search.first?.term ?? '—'}\`) built the in-memory index: **${search.first ? ms(search.first.ms) : '—'}** (wall time of that request).`,
    )
  lines.push(
    `- lean server resident memory (VmRSS of its node process): ${mib(rss.started)} at its first answer to the readiness ping${ready?.atStart ? ' (the build may have begun)' : ''}, **${mib(rss.afterBuild)} with the index built**, ${mib(rss.atEnd)} at the end of the search runs.`,
  )
  lines.push('')
  lines.push(
    `Each run cycles through ${SEARCH_TERMS_NOTE}; latencies are every response's own (autocannon's histogram has no p95), in ms.`,
    '',
  )
  lines.push('| measurement | req/s | p50 | p95 | p99 | max | responses | CPU ms/resp | |', '|---|---:|---:|---:|---:|---:|---:|---:|---|')
  for (const run of search.runs) {
    const remark = run.ok
      ? run.byCount
        ? `by count: ${fmt(run.total)} responses in ${fmt(run.seconds, 1)} s`
        : ''
      : `**FAILED**: ${cell(run.problem ?? '')}`
    const cpu =
      run.serverCpuMs == null
        ? '—'
        : `${fmt(run.serverCpuMs, 1)}${database === 'postgres' && run.postgresCpuMs != null ? ` + ${fmt(run.postgresCpuMs, 1)}` : ''}`
    lines.push(
      `| ${run.label} | ${rate(run.rps)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${ms(run.max)} | ${fmt(run.total)} | ${cpu} | ${remark} |`,
    )
  }
  if (search.terms.length) {
    lines.push('', 'The terms, with their matches (`totalDocs`) and the median of three sequential requests:', '')
    for (const length of [2, 4] as const) {
      const terms = search.terms.filter((t) => t.length === length)
      if (terms.length) lines.push(`- ${length} characters: ${terms.map((t) => `${t.term} ${fmt(t.totalDocs)} (${ms(t.ms)})`).join(', ')}`)
    }
  }
  if (search.oneOffs.length) {
    lines.push('', 'One-off timings (not targets), cache off: sequential requests after one checked request.', '')
    lines.push('| | path | median | min | max | bytes | |', '|---|---|---:|---:|---:|---:|---|')
    for (const o of search.oneOffs)
      lines.push(
        `| ${o.label} | \`${o.path}\` | ${ms(o.median)} | ${ms(o.min)} | ${ms(o.max)} | ${fmt(o.bytes)} | ${o.ok ? `X-Cache: ${o.cache ?? '—'}` : `**FAILED**: ${cell(o.problem ?? '')}`} |`,
      )
  }
  if (search.problems.length) {
    lines.push('', 'Problems:', '')
    for (const problem of search.problems) lines.push(`- ${cell(problem)}`)
  }
  lines.push('')
  return lines
}

const SEARCH_TERMS_NOTE = `${SEARCH_TERMS[2].length} two-character and ${SEARCH_TERMS[4].length} four-character terms of the generated data (bench/search.ts; a few in Simplified characters), one term after another across all connections`

const missing = (measurements: Measurement[], names: string[]) =>
  names
    .map((name) => {
      const m = measurements.find((x) => x.name === name)
      return !m ? `${name} not run` : !m.ok ? `${name} failed: ${m.problem}` : ''
    })
    .filter(Boolean)
    .join('; ') || 'not measured'

/** Ratios worth reading beside the targets: what each layer costs. */
const INFO_RATIOS: [string, string, string][] = [
  ['lean-warm-list', 'lean-cold-list', 'lean list: warm / cold cache'],
  ['lean-warm-detail', 'lean-cold-detail', 'lean detail: warm / cold cache'],
  ['lean-cold-list', 'raw-list', 'lean cold list / raw SQL list'],
  ['lean-cold-detail', 'raw-detail', 'lean cold detail / raw SQL detail'],
  ['lean-warm-list', 'node-const', 'lean warm list / constant body (node:http)'],
  ['lean-warm-detail', 'node-const', 'lean warm detail / constant body (node:http)'],
  ['next-cold-list', 'rest-list', 'Next mount cold list / vanilla REST list'],
  ['next-cold-detail', 'rest-detail', 'Next mount cold detail / vanilla REST detail'],
  ['next-warm-list', 'rest-list', 'Next mount warm list / vanilla REST list'],
  ['next-warm-detail', 'rest-detail', 'Next mount warm detail / vanilla REST detail'],
  ['lean-warm-list', 'next-warm-list', 'lean warm list / Next mount warm list'],
  ['lean-cold-list', 'next-cold-list', 'lean cold list / Next mount cold list'],
  ['raw-list', 'rest-list', 'raw SQL list / vanilla REST list'],
  ['raw-detail', 'rest-detail', 'raw SQL detail / vanilla REST detail'],
  ['next-warm-ping', 'node-const', 'constant body: Next route / node:http'],
]

export const infoRatios = (measurements: Measurement[]) =>
  INFO_RATIOS.flatMap(([a, b, label]) => {
    const x = get(measurements, a)
    const y = get(measurements, b)
    return x?.rps && y?.rps ? [{ label, value: x.rps / y.rps }] : []
  })

/** CPU per response: the server's process group, plus PostgreSQL's processes on PostgreSQL. */
const cpuCell = (m: Measurement, database: DatabaseName) => {
  if (!m.ok || m.serverCpuMs == null) return '—'
  const server = fmt(m.serverCpuMs, m.serverCpuMs < 10 ? 2 : 1)
  return database === 'postgres' && m.postgresCpuMs != null ? `${server} + ${fmt(m.postgresCpuMs, m.postgresCpuMs < 10 ? 2 : 1)}` : server
}

/** A markdown table cell: no pipes or line breaks from error messages. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))

export const printDatabase = (result: DatabaseResult) => {
  const { database, manifest, measurements } = result
  console.log(
    `\n=== ${database}: ${fmt(manifest.records)} records; catalogue entry ${manifest.catalogue.code} (id ${manifest.catalogue.id}, ${fmt(manifest.catalogue.records)} records); record id ${manifest.recordId}`,
  )
  if (measurements.length)
    console.log(
      `${pad('measurement', 52)}${pad('req/s', 10)}${pad('p50', 10)}${pad('p99', 10)}${pad('bytes', 9)}${pad('CPU ms', 14)}status`,
    )
  for (const m of measurements) {
    const status = m.ok ? 'ok' : `FAILED: ${m.problem}`
    console.log(
      `${pad(m.label, 52)}${pad(rate(m.rps), 10)}${pad(ms(m.p50), 10)}${pad(ms(m.p99), 10)}${pad(fmt(m.bytesPerRequest), 9)}${pad(cpuCell(m, database), 14)}${status}`,
    )
  }
  const search = result.search
  if (search) {
    const build = search.ready?.atStart
      ? `index built at start in ${ms(search.ready.buildMs)} (server log); first search ${search.first ? ms(search.first.ms) : '—'}`
      : `first search ${search.first ? ms(search.first.ms) : '—'} (builds the index)`
    console.log(
      `search: ${search.rows ?? '?'} rows; ${build}; server RSS ${mib(search.rss.started)} at the first ping, ${mib(search.rss.afterBuild)} with the index, ${mib(search.rss.atEnd)} at the end`,
    )
    console.log(`${pad('search run', 56)}${pad('req/s', 10)}${pad('p50', 10)}${pad('p95', 10)}${pad('p99', 10)}status`)
    for (const run of search.runs)
      console.log(
        `${pad(run.label, 56)}${pad(rate(run.rps), 10)}${pad(ms(run.p50), 10)}${pad(ms(run.p95), 10)}${pad(ms(run.p99), 10)}${run.ok ? 'ok' : `FAILED: ${run.problem}`}`,
      )
    for (const o of search.oneOffs)
      console.log(
        `  one-off ${o.label} ${o.path}: ${o.ok ? `median ${ms(o.median)} (min ${ms(o.min)}, max ${ms(o.max)})` : `FAILED: ${o.problem}`}`,
      )
  }
  console.log('targets:')
  if (result.admin) printAdmin(result.admin)
  for (const t of targets(measurements, search, result.admin))
    console.log(`  ${t.met === null ? '?' : t.met ? '✓' : '✗'} ${t.description}: ${t.achieved} (required ${t.required}) — ${t.by}`)
  console.log('other ratios (req/s):')
  for (const r of infoRatios(measurements)) console.log(`  ${r.label}: ${ratio(r.value)}`)
  for (const note of result.notes) console.log(`  note: ${note}`)
}

const machine = () => {
  const cpus = os.cpus()
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  }
}

const seedLine = (m: Manifest) => {
  const s = m.seedSeconds
  const how = s
    ? `${fmt(s.total, 1)} s in all (${fmt(m.records)} records in ${fmt(s.records, 1)} s = ${fmt(m.recordsPerSecond ?? undefined)} records/s; structure ${fmt(s.structure, 1)} s; index counters, replacements and interpretations ${fmt(s.extras, 1)} s), method ${m.method}, ${m.concurrency} transaction(s) of ${fmt(m.batchSize)} records at a time`
    : 'time unknown'
  return `${m.reused ? `reused (seeded ${m.seededAt}; that seed took ${how})` : `seeded this run: ${how}`}`
}

export const writeResults = (run: RunInfo, results: DatabaseResult[], failures: string[]) => {
  const env = machine()
  const lines: string[] = []
  lines.push('# Benchmark: the public read API and the admin', '')
  lines.push(
    'Generated by `npm run bench` (bench/run.ts). Do not edit it by hand: explanations of missed targets live in bench/why.md.',
    '',
  )
  lines.push('| | |', '|---|---|')
  lines.push(`| date | ${run.finished} |`)
  lines.push(`| machine | ${env.cpus}; ${env.memory} RAM; ${env.os} |`)
  lines.push(`| node | ${env.node} |`)
  lines.push(`| records (N) | ${fmt(run.records)} |`)
  lines.push(
    `| load | autocannon, ${run.connections} connections, ${run.warmup} s warm-up then ${run.duration} s measured, per measurement; servers run one at a time |`,
  )
  lines.push(`| sources | ${run.source} |`)
  lines.push(`| Next build | ${run.build} |`)
  if (run.only?.length)
    lines.push(`| groups | only ${run.only.join(', ')} (BENCH_ONLY / --only): a partial run${run.carried ? `; ${run.carried}` : ''} |`)
  lines.push('')
  lines.push(
    `Latencies are autocannon's, recorded in whole milliseconds (a p50 of 0 ms means under 1 ms). Requests/s is the completed responses over the wall time of the measured run; a run that completed fewer than ${MIN_RESPONSES} responses in its time is run again until ${MIN_RESPONSES} have completed (marked *by count*; its p99 is then close to its maximum). The load generator runs in the bench process on the same machine, so the fastest servers share the CPU with it. *CPU ms/resp* is the CPU time the server's processes (and, on PostgreSQL, after the +, PostgreSQL's processes) used during the measured run, per completed response, from /proc; a single-threaded server tops out near 1,000 / that figure requests/s. Before each warm-up and measured run the bench waits (up to 20 s) for the machine to fall under 0.3 busy cores, so no run inherits the previous one's backlog; a note says when it did not.`,
  )
  lines.push('')
  for (const result of results) {
    const { database, manifest, measurements } = result
    lines.push(`## ${database}`, '')
    lines.push(`- database: \`${manifest.uri}\`; ${seedLine(manifest)}`)
    lines.push(
      `- planner statistics: ${manifest.statistics === 'analyzed' ? (database === 'postgres' ? 'VACUUM ANALYZE after the seed (what autovacuum does on its own)' : 'ANALYZE, as the app runs it when it connects to a database without statistics') : 'none'}`,
    )
    lines.push(
      `- catalogue entry **${manifest.catalogue.code} ${manifest.catalogue.title}** (id ${manifest.catalogue.id}, a leaf with ${fmt(manifest.catalogue.records)} records); detail record id ${manifest.recordId}; ${manifest.interpretations} interpretations, ${manifest.departments} departments, ${manifest.catalogueEntries} catalogue entries`,
    )
    lines.push('')
    if (measurements.length)
      lines.push('| measurement | path | req/s | p50 | p99 | bytes/resp | CPU ms/resp | |', '|---|---|---:|---:|---:|---:|---:|---|')
    for (const m of measurements) {
      const url = new URL(m.url)
      const remark = m.ok
        ? m.byCount
          ? `by count: ${fmt(m.total)} responses in ${fmt(m.seconds, 1)} s`
          : ''
        : `**FAILED**: ${cell(m.problem ?? '')}`
      lines.push(
        `| ${m.label} | \`${decodeURIComponent(url.pathname + url.search)}\` | ${rate(m.rps)} | ${ms(m.p50)} | ${ms(m.p99)} | ${fmt(m.bytesPerRequest)} | ${cpuCell(m, database)} | ${remark} |`,
      )
    }
    if (result.search) lines.push('', ...searchLines(result.search, database))
    if (result.admin) lines.push('', ...adminLines(result.admin, manifest, database))
    lines.push('', '### Targets', '', '| target | required | achieved | result |', '|---|---|---|---|')
    for (const t of targets(measurements, result.search, result.admin))
      lines.push(
        `| ${t.description} | ${t.required} | ${t.achieved} | ${t.met === null ? `**not measured**: ${cell(t.by)}` : t.met ? cell(t.by) : `**${cell(t.by)}**`} |`,
      )
    const ratios = infoRatios(measurements)
    if (ratios.length) lines.push('', '### Other ratios (requests/s)', '')
    for (const r of ratios) lines.push(`- ${r.label}: ${ratio(r.value)}`)
    if (result.notes.length) {
      lines.push('', '### Notes', '')
      for (const note of result.notes) lines.push(`- ${note}`)
    }
    lines.push('')
  }
  // The explanations are written by hand in bench/why.md ("## <target description>" then the text), so that
  // they survive the next run; a miss without one is listed as unexplained.
  const whyFile = path.join(BENCH_DIR, 'why.md')
  const explained = new Map<string, string>()
  if (fs.existsSync(whyFile)) {
    for (const section of fs.readFileSync(whyFile, 'utf8').split(/^## /m).slice(1)) {
      const newline = section.indexOf('\n')
      explained.set(section.slice(0, newline).trim(), section.slice(newline + 1).trim())
    }
  }
  const missed = results.flatMap((r) =>
    targets(r.measurements, r.search, r.admin)
      .filter((t) => t.met !== true)
      .map((t) => ({ database: r.database, t })),
  )
  const heading = (t: Target) => t.why ?? t.description
  lines.push('## Why', '')
  if (missed.length) {
    lines.push('Targets missed or not measured:', '')
    for (const { database, t } of missed)
      lines.push(
        `- ${database}: ${t.description} — ${t.by}${explained.has(heading(t)) ? ` (explained below${t.why ? `, under *${t.why}*` : ''})` : '\n  - why: _not explained yet (add it to bench/why.md)_'}`,
      )
    for (const description of new Set(missed.map(({ t }) => heading(t)))) {
      if (explained.has(description)) lines.push('', `### ${description}`, '', explained.get(description)!)
    }
  } else lines.push('Every target was met.')
  if (failures.length) {
    lines.push('', '## Failures', '')
    for (const failure of failures) lines.push(`- ${failure}`)
  }
  lines.push('')
  fs.writeFileSync(path.join(BENCH_DIR, 'results.md'), lines.join('\n'))
  fs.writeFileSync(
    path.join(BENCH_DIR, 'results.json'),
    `${JSON.stringify({ run, machine: env, results: results.map((r) => ({ ...r, targets: targets(r.measurements, r.search, r.admin) })), failures }, null, 2)}\n`,
  )
}

// `npx tsx bench/report.ts`: results.md again from results.json, with the current bench/why.md.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const saved = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, 'results.json'), 'utf8')) as {
    run: RunInfo
    results: (DatabaseResult & { targets?: unknown })[]
    failures: string[]
  }
  writeResults(
    saved.run,
    saved.results.map(({ targets: _targets, ...result }) => result),
    saved.failures,
  )
  console.log('bench: wrote bench/results.md and bench/results.json again from bench/results.json')
}
