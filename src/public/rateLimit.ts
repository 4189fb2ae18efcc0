/**
 * A fixed-window limit per client, in this process. Several instances each allow the limit, so a
 * client behind a balancer that spreads requests gets up to instances × limit.
 */
export type RateLimit = { limit: number; windowMs: number; exempt?: string[] }

export type RateLimiter = {
  /** `null` when the request may go ahead, else the seconds until the client's window resets. */
  take(client: string): number | null
}

export const noRateLimit = (): RateLimiter => ({ take: () => null })

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
  }
}

/**
 * `PUBLIC_SEARCH_RATE_LIMIT`: `<requests>/<seconds>` (default `120/60`), or `0` for none. Anything else is
 * refused at start: a typo must not silently turn the limit off or block clients for good.
 */
export const rateLimitFromEnv = (value: string | undefined, exempt: string | undefined): RateLimit => {
  const text = value?.trim() || '120/60'
  const match = /^(\d{1,9})(?:\/(\d{1,9}))?$/.exec(text)
  if (!match || (match[1] !== '0' && (!match[2] || Number(match[2]) === 0))) {
    throw new Error(`PUBLIC_SEARCH_RATE_LIMIT must be <requests>/<seconds> (e.g. 120/60) or 0, not "${text}"`)
  }
  return {
    limit: Number(match[1]),
    windowMs: Number(match[2] ?? 60) * 1000,
    exempt: exempt ? exempt.split(',').map((address) => address.trim()).filter(Boolean) : [],
  }
}
