/**
 * Every environment variable the app reads, and where it takes effect: the CMS (`next start`), the lean
 * public server (`npm run serve:public`, which boots the same Payload config), or both. README's
 * configuration table and `.env.example` list the same names (tests/unit/settings.test.ts compares them).
 */
export const VARIABLES = {
  NODE_ENV: 'both',
  NEXT_PHASE: 'CMS',
  DATABASE_URI: 'both',
  DATABASE_POOL_MAX: 'both',
  DATABASE_PUSH: 'both',
  PAYLOAD_SECRET: 'both',
  GONGKAI_SERVER_URL: 'both',
  GONGKAI_TRUST_PROXY: 'CMS',
  GONGKAI_JOBS_AUTORUN: 'CMS',
  SMTP_URL: 'CMS',
  MAIL_FROM: 'CMS',
  MAIL_FROM_NAME: 'CMS',
  REDIS_URL: 'both',
  REDIS_PREFIX: 'both',
  PUBLIC_CACHE: 'both',
  PUBLIC_CORS_ORIGINS: 'both',
  PUBLIC_CACHE_MAX_AGE: 'both',
  PUBLIC_GRAPHQL_MAX_DEPTH: 'both',
  PUBLIC_GRAPHQL_MAX_COST: 'both',
  PUBLIC_SEARCH_RATE_LIMIT: 'both',
  PUBLIC_SEARCH_RATE_LIMIT_EXEMPT: 'both',
  PUBLIC_TRUST_PROXY: 'both',
  PUBLIC_BASE_URL: 'both',
  PUBLIC_RECORD_URL: 'both',
  PUBLIC_MOBILE_URL: 'both',
  PORT: 'both',
  HOST: 'lean server',
} as const satisfies Record<string, 'CMS' | 'lean server' | 'both'>

export type VariableName = keyof typeof VARIABLES

/** The environment as the settings see it: only the variables above can be read. */
export type Env = Partial<Record<VariableName, string>>

/**
 * `NODE_ENV=production`, for the guards that must hold even before the rest of the settings can be read
 * (the demo seed's refusal), and for modules that must stay light (the ping route).
 */
export const isProduction = (env: Env = process.env): boolean => env.NODE_ENV === 'production'

/** A whole number of at least `min`, or undefined when unset; anything else names the variable and what it takes. */
export const optionalWholeNumber = (
  env: Env,
  name: VariableName,
  what: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined => {
  const text = env[name]?.trim()
  if (!text) return undefined
  if (!/^\d{1,15}$/.test(text) || Number(text) < min || Number(text) > max) throw new Error(`${name} must be ${what}, got "${text}"`)
  return Number(text)
}

/** A positive whole number, `fallback` when unset. */
export const positiveWholeNumber = (env: Env, name: VariableName, fallback: number): number =>
  optionalWholeNumber(env, name, 'a positive whole number', 1) ?? fallback
