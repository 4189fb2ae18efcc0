/** The part of autocannon's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p97_5: number; p99: number; p99_9: number }
  export type Result = {
    url: string
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    duration: number
    errors: number
    timeouts: number
    mismatches: number
    non2xx: number
    '2xx': number
    statusCodeStats: Record<string, { count: number }>
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    /** Stop after this many responses instead of after `duration`. */
    amount?: number
    pipelining?: number
    timeout?: number
    headers?: Record<string, string>
    title?: string
  }
  const autocannon: (options: Options) => Promise<Result> & { stop?: () => void }
  export default autocannon
}
