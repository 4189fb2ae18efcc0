import type { Env } from './variables.js'

/** Used only outside production, so that the demo starts without setup. Production refuses it. */
export const DEVELOPMENT_SECRET = 'gongkai-development-secret-not-for-production'

const MIN_LENGTH = 32

/** The Payload secret: from `PAYLOAD_SECRET`; in production it must be set, long enough, and not the development one. */
export const resolveSecret = (env: Env): string => {
  const secret = env.PAYLOAD_SECRET
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_SECRET
  if (!secret || secret === DEVELOPMENT_SECRET || secret.length < MIN_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET must be set to a random string of at least ${MIN_LENGTH} characters in production (e.g. openssl rand -hex 32); the development secret is refused.`,
    )
  }
  return secret
}
