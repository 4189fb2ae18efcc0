import { accountSettingsFromEnv } from './accounts.js'
import { DEFAULT_DATABASE_URI } from './database.js'
import type { PublicApiSettings, PublicCacheSettings, PublicUrlSettings } from './publicApi.js'
import { publicApiOptionsFromEnv, publicCacheSettingsFromEnv, publicUrlSettingsFromEnv } from './publicApi.js'
import { resolveSecret } from './secret.js'
import { resolveServerURL } from './serverUrl.js'
import type { Env } from './variables.js'
import { isProduction, optionalWholeNumber, positiveWholeNumber } from './variables.js'

export { isProduction, VARIABLES } from './variables.js'
export type { Env, VariableName } from './variables.js'

/** Everything the app and its entry points take from the environment, resolved and checked once at start. */
export type Settings = {
  /** `NODE_ENV=production`: Secure cookies, HSTS, the production checks of the secret and server URL. */
  production: boolean
  databaseUri: string
  /** Connections per process in the PostgreSQL pool. */
  databasePoolMax: number
  /** `DATABASE_PUSH=1`: Payload pushes the schema at connect (development only); else databases are migrated. */
  databasePush: boolean
  secret: string
  /** The origin staff use; '' outside production when unset. */
  serverURL: string
  mail: { smtpUrl: string | undefined; from: string; fromName: string }
  accounts: ReturnType<typeof accountSettingsFromEnv>
  /** Whether this process runs the job queue (scheduled publishing). */
  jobsAutorun: boolean
  publicCache: PublicCacheSettings
  publicApi: PublicApiSettings
  publicUrls: PublicUrlSettings
  /** The port this process listens on, when `PORT` says so. */
  port: number | undefined
  /** The lean server's listening address. */
  host: string
}

const jobsAutorunFromEnv = (env: Env): boolean => {
  const value = env.GONGKAI_JOBS_AUTORUN?.trim()
  if (!value || value === '1') return true
  if (value === '0') return false
  throw new Error(`GONGKAI_JOBS_AUTORUN must be 0 (a separate worker runs the job queue) or 1, got "${value}"`)
}

const databasePushFromEnv = (env: Env): boolean => {
  const value = env.DATABASE_PUSH?.trim()
  if (!value || value === '0') return false
  if (value === '1') return true
  throw new Error(`DATABASE_PUSH must be 1 (push the schema at connect, development only) or 0, got "${value}"`)
}

/**
 * Reads and checks every setting: a value that cannot be used stops the start with a message naming the
 * variable and what it takes. The one reader of `process.env`; everything else takes these as options.
 */
export const readSettings = (env: Env = process.env): Settings => ({
  production: isProduction(env),
  databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
  databasePoolMax: positiveWholeNumber(env, 'DATABASE_POOL_MAX', 20),
  databasePush: databasePushFromEnv(env),
  secret: resolveSecret(env),
  serverURL: resolveServerURL(env),
  mail: {
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    from: env.MAIL_FROM?.trim() || 'noreply@gongkai.localhost',
    fromName: env.MAIL_FROM_NAME?.trim() || '政府信息公開平臺',
  },
  accounts: accountSettingsFromEnv(env),
  jobsAutorun: jobsAutorunFromEnv(env),
  publicCache: publicCacheSettingsFromEnv(env),
  publicApi: publicApiOptionsFromEnv(env),
  publicUrls: publicUrlSettingsFromEnv(env),
  port: optionalWholeNumber(env, 'PORT', 'a port number (1-65535)', 1, 65_535),
  host: env.HOST?.trim() || '0.0.0.0',
})
