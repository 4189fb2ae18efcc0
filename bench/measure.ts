/** One measurement: a warm-up run, then the measured run, with autocannon's programmatic API. */
import autocannon, { type Result } from 'autocannon'

import { between, type CpuSnapshot, quiesce, snapshot } from './cpu.js'

export type Measurement = {
  name: string
  label: string
  url: string
  ok: boolean
  /** Why it failed or was skipped, when it did. */
  problem?: string
  rps?: number
  p50?: number
  p99?: number
  p999?: number
  avgLatency?: number
  total?: number
  bytesPerRequest?: number
  non2xx?: number
  errors?: number
  statusCodes?: Record<string, number>
  /** Seconds the measured run took. */
  seconds?: number
  /** The measured run was too slow for a timed run, and measured over a number of responses instead. */
  byCount?: boolean
  /** CPU milliseconds per completed response during the measured run: the server's process group, PostgreSQL's processes. */
  serverCpuMs?: number | null
  postgresCpuMs?: number | null
  /** Cores busy on average during the measured run, the whole machine (load generator included). */
  machineCores?: number | null
  /** Set when the machine did not settle before the measured run (something else was busy). */
  busyBefore?: string
}

const codes = (result: Result) =>
  Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]))

/** Any non-2xx answer, connection error or timeout fails a run; so does a measured run in which nothing completed. */
const bad = (result: Result, measured: boolean) =>
  result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || (measured && result['2xx'] === 0)

/** Seconds a request may take before autocannon counts a timeout: slow servers queue 20 requests deep. */
const TIMEOUT = 60

/**
 * A timed run that completed fewer responses than this is run again until this many have completed
 * (autocannon's `amount`): at 1–2 requests/s a 10 s run counts a handful, and a run in which every
 * request outlasts the duration counts none (autocannon drops requests still in flight when it stops).
 */
export const MIN_RESPONSES = Number(process.env.BENCH_MIN_RESPONSES ?? 60)

/**
 * autocannon stops sending at the end of a run, but the server still works through what it was sent;
 * one more request, answered after that backlog, keeps it out of the next run.
 */
const drain = async (url: string) => {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(300_000) })
    await res.arrayBuffer()
  } catch {
    // the next run reports what is wrong
  }
}

const describe = (result: Result) =>
  `${result['2xx']} 2xx, ${result.non2xx} non-2xx (${JSON.stringify(codes(result))}), ${result.errors} errors, ${result.timeouts} timeouts`

export const measure = async (opts: {
  name: string
  label: string
  url: string
  connections: number
  duration: number
  warmup: number
  /** The server's process group, for its CPU time. */
  pgid?: number
}): Promise<Measurement> => {
  const { name, label, url, connections, duration, warmup, pgid } = opts
  const base: Measurement = { name, label, url, ok: false }
  let busyBefore: string | undefined
  const settle = async () => {
    const q = await quiesce()
    if (!q.quiet) busyBefore = `the machine stayed busy (${q.busy?.toFixed(2)} cores) for ${Math.round(q.waitedMs / 1000)} s before the run`
  }
  await settle()
  const warm = await autocannon({ url, connections, duration: warmup, timeout: TIMEOUT })
  await drain(url)
  if (bad(warm, false))
    return { ...base, problem: `warm-up: ${describe(warm)}`, non2xx: warm.non2xx, errors: warm.errors, statusCodes: codes(warm) }
  await settle()
  let before: CpuSnapshot = snapshot(pgid)
  let result = await autocannon({ url, connections, duration, timeout: TIMEOUT })
  let after: CpuSnapshot = snapshot(pgid)
  await drain(url)
  let byCount = false
  if (!bad(result, false) && result.requests.total < MIN_RESPONSES) {
    await settle()
    before = snapshot(pgid)
    result = await autocannon({ url, connections, amount: Math.max(MIN_RESPONSES, connections), timeout: TIMEOUT })
    after = snapshot(pgid)
    await drain(url)
    byCount = true
  }
  const total = result.requests.total
  const cpu = between(before, after)
  const perResponse = (cores: number | null) => (cores === null || !total ? null : Math.round(((cores * cpu.wallMs) / total) * 100) / 100)
  const measured: Measurement = {
    ...base,
    // Completed responses over the run's wall time (autocannon's requests.average is the mean of whole-second
    // samples, too coarse below a few requests per second).
    rps:
      result.duration > 0
        ? total / result.duration >= 100
          ? Math.round(total / result.duration)
          : Math.round((total / result.duration) * 10) / 10
        : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    p999: result.latency.p99_9,
    avgLatency: result.latency.average,
    total,
    bytesPerRequest: total ? Math.round(result.throughput.total / total) : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes: codes(result),
    seconds: result.duration,
    byCount,
    serverCpuMs: perResponse(cpu.group),
    postgresCpuMs: perResponse(cpu.postgres),
    machineCores: cpu.machine === null ? null : Math.round(cpu.machine * 100) / 100,
    ...(busyBefore ? { busyBefore } : {}),
  }
  if (bad(result, true)) return { ...measured, problem: describe(result) }
  return { ...measured, ok: true }
}
