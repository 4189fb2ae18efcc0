import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { freshDatabaseUri } from './database.js'

export type TestApp = { payload: Payload; config: SanitizedConfig }

/** Boots the reference app (payload.config.ts) on a fresh database of the kind under test. */
export const bootApp = async (name: string): Promise<TestApp> => {
  process.env.DATABASE_URI = await freshDatabaseUri(name)
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  const { default: configPromise } = await import('../../payload.config.js')
  const config = await configPromise
  const payload = await getPayload({ config })
  return { payload, config }
}
