/** The admin part of the results (bench/admin.ts): its targets, its section of results.md, its console lines. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ADMIN_P95_MS, type AdminResult } from './admin.js'
import { BENCH_DIR, type DatabaseName, type Manifest } from './env.js'
import type { DatabaseResult, Target } from './report.js'

const ms = (n: number | undefined | null) => (n == null ? '—' : `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`)
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

/** One target per timed page the issue names (the editor's dashboard, the records list): p95 under ADMIN_P95_MS. */
export const adminTargets = (admin?: AdminResult): Target[] =>
  (admin?.timings ?? [])
    .filter((t) => t.target)
    .map((t) => {
      const description = `admin (next start), ${t.label}`
      const required = `p95 < ${ADMIN_P95_MS} ms`
      if (!t.ok || t.p95 === undefined)
        return { id: t.name, description, required, achieved: 'not measured', met: null, by: `${t.name} failed: ${t.problem}` }
      const met = t.p95 < ADMIN_P95_MS
      return {
        id: t.name,
        description,
        required,
        achieved: `p95 ${ms(t.p95)} (p50 ${ms(t.p50)}, max ${ms(t.max)}; ${t.requests} sequential requests)`,
        met,
        by: met
          ? `met (${ms(Math.round((ADMIN_P95_MS - t.p95) * 10) / 10)} to spare)`
          : `missed by ${ms(Math.round((t.p95 - ADMIN_P95_MS) * 10) / 10)} (${(t.p95 / ADMIN_P95_MS).toFixed(2)}× the limit)`,
      }
    })

const statesLine = (manifest: Manifest) => {
  const a = manifest.admin
  if (!a) return '- the database has no admin description (seeded before the admin bench)'
  const s = a.states
  return `- signed in as the demo accounts of **${a.department.name}** (id ${a.department.id}), which owns ${a.records.toLocaleString('en-US')} of the records: ${s.published?.toLocaleString('en-US')} published, ${s.draft} unpublished (${s.noAttribute} without a disclosure attribute, ${s.submitted} sent for review, ${s.rejected} rejected, ${s.passedDraft} passed and not published; ${s.late} past their publishBy, ${s.dueIn5Days} due within 5 days); ${a.draftsCityWide.toLocaleString('en-US')} unpublished records city-wide`
}

export const adminLines = (admin: AdminResult, manifest: Manifest, database: DatabaseName): string[] => {
  const lines = ['### Admin (next start, signed in, one request at a time)', '']
  lines.push(statesLine(manifest))
  lines.push(
    `- each page: a checked request (200, signed in), ${admin.warmup} warm-up requests, then ${admin.requests} sequential requests with the session cookie; the time is from sending the request to the last byte of the response on loopback (Next streams the HTML: the shell first, the rest as the server components finish, so this is the whole render), *headers* the time to the response headers`,
    `- load average at the start (1, 5, 15 min): ${admin.loadAverage.join(', ')} on ${os.cpus().length} cores; *machine* is the cores busy on average during the measured requests (the bench included)`,
    '',
    '| page | path | account | p50 | p95 | max | headers p50 / p95 | bytes | CPU ms/resp | machine | |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  )
  for (const t of admin.timings) {
    const cpu =
      t.serverCpuMs == null ? '—' : `${t.serverCpuMs}${database === 'postgres' && t.postgresCpuMs != null ? ` + ${t.postgresCpuMs}` : ''}`
    const remark = t.ok ? (t.busyBefore ? `started busy: ${cell(t.busyBefore)}` : '') : `**FAILED**: ${cell(t.problem ?? '')}`
    lines.push(
      `| ${t.label} | \`${t.path}\` | ${t.account} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${ms(t.headersP50)} / ${ms(t.headersP95)} | ${t.bytes?.toLocaleString('en-US') ?? '—'} | ${cpu} | ${t.machineCores ?? '—'} | ${remark} |`,
    )
  }
  lines.push('')
  return lines
}

export const printAdmin = (admin: AdminResult) => {
  for (const t of admin.timings)
    console.log(
      `  admin ${t.label}: ${t.ok ? `p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, max ${ms(t.max)}, headers p50 ${ms(t.headersP50)}` : `FAILED: ${t.problem}`}`,
    )
}

/**
 * `--only admin` after a full run: the other measurements of each database are taken from the last results.json,
 * so results.md still reports every target; returns the sentence results.md says it with, or null.
 */
export const carryOver = (only: string[], results: DatabaseResult[]): string | null => {
  if (!only.length || only.some((group) => group !== 'admin')) return null
  let saved: { run: { finished: string; source: string; carried?: string }; results: DatabaseResult[] }
  try {
    saved = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, 'results.json'), 'utf8'))
  } catch {
    return null
  }
  let carried = false
  for (const result of results) {
    const previous = saved.results.find((r) => r.database === result.database)
    if (!previous) continue
    result.measurements = previous.measurements
    result.notes = [...previous.notes, ...result.notes]
    if (previous.search) result.search = previous.search
    carried = true
  }
  return carried
    ? (saved.run.carried ??
        `the public API numbers are those of the run finished ${saved.run.finished} (${saved.run.source}); only the admin was measured again`)
    : null
}
