import type { Env } from './variables.js'

/**
 * `GONGKAI_SERVER_URL`: the origin staff browsers use (e.g. https://gongkai.example.gov.cn). Payload
 * checks a cookie-carrying request's `Origin` against it (CSRF) only when it is set, so production refuses
 * to start without it; there it must be https, since the session cookie is `Secure`.
 */
export const resolveServerURL = (env: Env): string => {
  const value = env.GONGKAI_SERVER_URL?.trim() ?? ''
  // `next build` evaluates the config once to build pages: the URL is a runtime setting, checked at start.
  const production = env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
  if (!value) {
    if (!production) return ''
    throw new Error(
      'GONGKAI_SERVER_URL must be set in production to the origin staff open the admin at (e.g. https://gongkai.example.gov.cn); without it the CSRF origin check is off.',
    )
  }
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  const origin = value.replace(/\/$/, '')
  if (!url || url.origin !== origin) {
    throw new Error(
      `GONGKAI_SERVER_URL must be an origin such as https://gongkai.example.gov.cn (scheme and host, no path), not "${value}".`,
    )
  }
  // Plain http only on this machine's loopback (a smoke test or bench of the built app); browsers treat it as secure.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (production && url.protocol !== 'https:' && !loopback) {
    throw new Error(`GONGKAI_SERVER_URL must use https in production (the session cookie is Secure), not "${value}".`)
  }
  return origin
}
