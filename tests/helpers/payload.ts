import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { freshDatabaseUri } from './database.js'

export type TestApp = { payload: Payload; config: SanitizedConfig }

/**
 * Boots the reference app (payload.config.ts) on a fresh database of the kind under test, built by the
 * app's migration chain as in production. `configEnv` is set only while the config is read (e.g.
 * `NODE_ENV=production` for production settings).
 */
export const bootApp = async (name: string, configEnv: Record<string, string> = {}): Promise<TestApp> => {
  process.env.DATABASE_URI = await freshDatabaseUri(name, 'migrated')
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  const saved = Object.fromEntries(Object.keys(configEnv).map((key) => [key, process.env[key]]))
  Object.assign(process.env, configEnv)
  let config: SanitizedConfig
  try {
    const { default: configPromise } = await import('../../payload.config.js')
    config = await configPromise
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  const payload = await getPayload({ config })
  return { payload, config }
}
