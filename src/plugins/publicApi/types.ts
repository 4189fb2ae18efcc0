import type { CacheMode, PublicCache } from './cache.js'

/** Options of `publicApiPlugin`. */
export type PublicApiPluginOptions = {
  /**
   * The response cache of anonymous reads, or a function that makes it at start.
   * @default from the environment (`PUBLIC_CACHE`, `REDIS_URL`, `REDIS_PREFIX`), else `fallbackCache`
   */
  cache?: PublicCache | (() => PublicCache)
  /** What to use when the environment names no cache. @default 'memory' */
  fallbackCache?: CacheMode
}

export type ResolvedPublicApiOptions = {
  /** Makes the cache at start (in `onInit`, so nothing connects while the config is only read). */
  makeCache: () => PublicCache
  /** Collections other than records whose changes can alter a public response. */
  linkedSources: string[]
}
