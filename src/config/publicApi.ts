import type { CacheMode, PublicCache } from '../plugins/publicApi/cache.js'
import { memoryCache, noCache, redisCache } from '../plugins/publicApi/cache.js'
import { DEFAULT_GRAPHQL_LIMITS } from '../plugins/publicApi/graphql.js'
import type { PublicApiOptions } from '../plugins/publicApi/handler.js'
import type { RateLimit } from '../lib/rateLimit.js'
import type { PublicUrls } from '../plugins/publicApi/urls.js'
import { NEXT_DEFAULT_PORT, resolvePublicUrls } from '../plugins/publicApi/urls.js'
import type { Env } from './variables.js'
import { optionalWholeNumber, positiveWholeNumber } from './variables.js'

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
    exempt: exempt
      ? exempt
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean)
      : [],
  }
}

/** The public API's own settings (everything but its URLs, which depend on the process's port). */
export type PublicApiSettings = Required<Pick<PublicApiOptions, 'corsOrigins' | 'maxAge' | 'graphql' | 'searchRateLimit' | 'production'>> &
  Pick<PublicApiOptions, 'trustProxy'>

/**
 * `PUBLIC_CORS_ORIGINS`, `PUBLIC_CACHE_MAX_AGE`, `PUBLIC_GRAPHQL_MAX_DEPTH`, `PUBLIC_GRAPHQL_MAX_COST`,
 * `PUBLIC_SEARCH_RATE_LIMIT`, `PUBLIC_SEARCH_RATE_LIMIT_EXEMPT`, `PUBLIC_TRUST_PROXY`, and `NODE_ENV` (HSTS).
 */
export const publicApiOptionsFromEnv = (env: Env): PublicApiSettings => {
  const origins = env.PUBLIC_CORS_ORIGINS?.trim()
  const trustProxy = optionalWholeNumber(env, 'PUBLIC_TRUST_PROXY', 'a whole number of proxies (e.g. 1)')
  return {
    searchRateLimit: rateLimitFromEnv(env.PUBLIC_SEARCH_RATE_LIMIT, env.PUBLIC_SEARCH_RATE_LIMIT_EXEMPT),
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    corsOrigins:
      !origins || origins === '*'
        ? '*'
        : origins
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
    maxAge: optionalWholeNumber(env, 'PUBLIC_CACHE_MAX_AGE', 'a whole number of seconds') ?? 0,
    graphql: {
      maxDepth: positiveWholeNumber(env, 'PUBLIC_GRAPHQL_MAX_DEPTH', DEFAULT_GRAPHQL_LIMITS.maxDepth),
      maxCost: positiveWholeNumber(env, 'PUBLIC_GRAPHQL_MAX_COST', DEFAULT_GRAPHQL_LIMITS.maxCost),
    },
    production: env.NODE_ENV === 'production',
  }
}

/** `PUBLIC_BASE_URL`, `PUBLIC_RECORD_URL`, `PUBLIC_MOBILE_URL`, as set (empty ones count as unset). */
export type PublicUrlSettings = { base: string | undefined; record: string | undefined; mobile: string | undefined }

export const publicUrlSettingsFromEnv = (env: Env): PublicUrlSettings => {
  const base = env.PUBLIC_BASE_URL?.trim() || undefined
  if (base && !/^https?:\/\/[^/]/.test(base))
    throw new Error(`PUBLIC_BASE_URL must be an absolute http(s) URL such as https://gongkai.example.gov.cn, got "${base}"`)
  return { base, record: env.PUBLIC_RECORD_URL?.trim() || undefined, mobile: env.PUBLIC_MOBILE_URL?.trim() || undefined }
}

/**
 * The public URLs from the environment; the origin falls back to Payload's `serverURL`, then to localhost on
 * `port`, the port this process listens on (`PORT`; the lean server passes its own default).
 */
export const publicUrlsFromEnv = (serverURL: string | undefined, env: Env, port = Number(env.PORT) || NEXT_DEFAULT_PORT): PublicUrls =>
  resolvePublicUrls(serverURL, publicUrlSettingsFromEnv(env), port)

/** `PUBLIC_CACHE` (off · memory · redis; unset: decided by the process), `REDIS_URL`, `REDIS_PREFIX`. */
export type PublicCacheSettings = { mode: CacheMode | undefined; redisUrl: string | undefined; redisPrefix: string }

const CACHE_MODES: CacheMode[] = ['off', 'memory', 'redis']

export const publicCacheSettingsFromEnv = (env: Env): PublicCacheSettings => {
  const mode = env.PUBLIC_CACHE?.trim() || undefined
  if (mode !== undefined && !CACHE_MODES.includes(mode as CacheMode))
    throw new Error(`PUBLIC_CACHE must be off, memory or redis, not "${mode}"`)
  const redisUrl = env.REDIS_URL?.trim() || undefined
  if (mode === 'redis' && !redisUrl) throw new Error('PUBLIC_CACHE=redis needs REDIS_URL')
  return { mode: mode as CacheMode | undefined, redisUrl, redisPrefix: env.REDIS_PREFIX ?? 'gongkai:' }
}

/** The cache the settings name: redis when `REDIS_URL` is set and no mode is, else `fallback`. Connects to Redis. */
export const createPublicCache = (settings: PublicCacheSettings, fallback: CacheMode): PublicCache => {
  const mode = settings.mode ?? (settings.redisUrl ? 'redis' : fallback)
  if (mode === 'off') return noCache()
  if (mode === 'memory') return memoryCache()
  if (!settings.redisUrl) throw new Error('PUBLIC_CACHE=redis needs REDIS_URL')
  return redisCache(settings.redisUrl, settings.redisPrefix)
}

/**
 * The public API's options for a process listening on `port` (`PORT`, else `defaultPort`: 3000 under Next,
 * 3100 for the lean server), so absolute URLs point at it unless `PUBLIC_BASE_URL` or the CMS URL says otherwise.
 */
export const publicApiOptionsOf = (
  settings: { publicApi: PublicApiSettings; publicUrls: PublicUrlSettings; serverURL: string; port: number | undefined },
  defaultPort = NEXT_DEFAULT_PORT,
): PublicApiOptions => ({
  ...settings.publicApi,
  urls: resolvePublicUrls(settings.serverURL, settings.publicUrls, settings.port ?? defaultPort),
})
