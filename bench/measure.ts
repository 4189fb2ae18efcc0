/** One measurement: a warm-up run, then the measured run, with autocannon's programmatic API. */
import autocannon, { type Result } from 'autocannon'

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
}

const codes = (result: Result) => Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]))

/** Any non-2xx answer, connection error or timeout fails a run; so does a measured run in which nothing completed. */
const bad = (result: Result, measured: boolean) => result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || (measured && result['2xx'] === 0)

/** Seconds a request may take before autocannon counts a timeout: slow servers queue 20 requests deep. */
const TIMEOUT = 60

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
}): Promise<Measurement> => {
  const { name, label, url, connections, duration, warmup } = opts
  const base: Measurement = { name, label, url, ok: false }
  const warm = await autocannon({ url, connections, duration: warmup, timeout: TIMEOUT })
  await drain(url)
  if (bad(warm, false)) return { ...base, problem: `warm-up: ${describe(warm)}`, non2xx: warm.non2xx, errors: warm.errors, statusCodes: codes(warm) }
  const result = await autocannon({ url, connections, duration, timeout: TIMEOUT })
  await drain(url)
  const measured: Measurement = {
    ...base,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    p999: result.latency.p99_9,
    avgLatency: result.latency.average,
    total: result.requests.total,
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes: codes(result),
  }
  if (bad(result, true)) return { ...measured, problem: describe(result) }
  return { ...measured, ok: true }
}
