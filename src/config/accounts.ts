import type { Env } from './variables.js'

/**
 * Sign-in settings from the environment: `Secure` cookies when `NODE_ENV=production`, and
 * `GONGKAI_TRUST_PROXY`, the number of proxies in front of the app whose `X-Forwarded-For` entry names
 * the client the login and reset throttles count (default 0).
 */
export const accountSettingsFromEnv = (env: Env): { secureCookies: boolean; trustProxy: number } => {
  const trust = env.GONGKAI_TRUST_PROXY?.trim() || '0'
  if (!/^\d{1,2}$/.test(trust))
    throw new Error(`GONGKAI_TRUST_PROXY must be the number of proxies in front of the app (e.g. 1), not "${trust}"`)
  return { secureCookies: env.NODE_ENV === 'production', trustProxy: Number(trust) }
}
