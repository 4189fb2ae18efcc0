import type { PublicCache } from './cache.js'

/** Options of `publicApiPlugin`. */
export type PublicApiPluginOptions = {
  /**
   * The response cache of anonymous reads, or a function that makes it at start (a Redis connection).
   * With several instances give a shared one (`redisCache`). @default in this process (`memoryCache()`)
   */
  cache?: PublicCache | (() => PublicCache)
}

export type ResolvedPublicApiOptions = {
  /** Makes the cache at start (in `onInit`, so nothing connects while the config is only read). */
  makeCache: () => PublicCache
  /** Collections other than records whose changes can alter a public response. */
  linkedSources: string[]
}
