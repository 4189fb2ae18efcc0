/** The part of autocannon's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p97_5: number
    p99: number
    p99_9: number
  }
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
    /** Requests each connection sends in turn; `setupRequest` may rewrite one before each send. */
    requests?: {
      method?: string
      path?: string
      headers?: Record<string, string>
      setupRequest?: (request: { path?: string; [key: string]: unknown }, context: Record<string, unknown>) => unknown
    }[]
  }
  export type Instance = Promise<Result> & {
    stop?: () => void
    /** Every response: its status code, bytes and latency in (fractional) milliseconds. */
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance
  }
  const autocannon: (options: Options) => Instance
  export default autocannon
}
