/**
 * A fixed-window limit per client, in this process. Several instances each allow the limit, so a
 * client behind a balancer that spreads requests gets up to instances × limit.
 */
export type RateLimit = { limit: number; windowMs: number; exempt?: string[] }

export type RateLimiter = {
  /** `null` when the request may go ahead, else the seconds until the client's window resets. */
  take(client: string): number | null
  /** Gives back one request of the client's current window (a login that turned out to succeed). */
  forgive(client: string): void
}

/** The search limit when none is given: 120 a minute per client. */
export const DEFAULT_SEARCH_RATE_LIMIT: RateLimit = { limit: 120, windowMs: 60_000, exempt: [] }

export const noRateLimit = (): RateLimiter => ({ take: () => null, forgive: () => undefined })

/**
 * The client a limit counts: the socket's peer, or the `X-Forwarded-For` entry `trustProxy` places from
 * the right (the one the nearest trusted proxy wrote). Without a socket (under Next) and without trusted
 * proxies it is the last entry, which Next fills with the peer only when the client sent none.
 */
export const clientAddressOf = (
  header: (name: string) => string | null | undefined,
  socketAddress: string | undefined,
  trustProxy: number,
): string => {
  const forwarded = (header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (trustProxy > 0 && forwarded.length) return forwarded[Math.max(0, forwarded.length - trustProxy)]
  return socketAddress ?? forwarded[forwarded.length - 1] ?? header('x-real-ip') ?? 'unknown'
}

export const rateLimiter = ({ limit, windowMs, exempt = [] }: RateLimit, now = () => Date.now()): RateLimiter => {
  if (!(limit > 0)) return noRateLimit()
  const windows = new Map<string, { start: number; count: number }>()
  let sweptAt = now()
  return {
    take(client) {
      if (exempt.includes(client)) return null
      const time = now()
      // Forget finished windows now and then, so the map does not grow with every address ever seen.
      if (time - sweptAt > windowMs) {
        for (const [key, window] of windows) if (time - window.start >= windowMs) windows.delete(key)
        sweptAt = time
      }
      let window = windows.get(client)
      if (!window || time - window.start >= windowMs) windows.set(client, (window = { start: time, count: 0 }))
      window.count += 1
      return window.count > limit ? Math.max(1, Math.ceil((window.start + windowMs - time) / 1000)) : null
    },
    forgive(client) {
      const window = windows.get(client)
      if (window && window.count > 0) window.count -= 1
    },
  }
}
