import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest, Plugin } from 'payload'

import { afterCommit, trackCommits } from '../../core/afterCommit.js'
import type { PublicCache } from './cache.js'
import { memoryCache } from './cache.js'
import { RECORD_COLLECTIONS } from './contract.js'
import { touchesPublic, withPublishedState } from '../../core/publishedState.js'
import { publicCacheOf, registerPublicCache } from '../../core/publicCacheRegistry.js'

export type PublicApiPluginOptions = {
  /**
   * The response cache of anonymous reads, or a function that makes it at start (a Redis connection).
   * Default: in this process (`memoryCache()`); with several instances give a shared one (`redisCache`).
   */
  cache?: PublicCache | (() => PublicCache)
}

/** Collections whose changes can alter a public response (records, what they link to, and the guide). */
export const PUBLIC_SOURCES = ['disclosures', 'interpretations', 'catalogue-entries', 'departments', 'media']

const wasOrIsPublic = (req: PayloadRequest, slug: string, doc: any) => !RECORD_COLLECTIONS.has(slug) || touchesPublic(req, slug, doc)

/** One function per cache, so that several changes in one transaction invalidate it once. */
const invalidators = new WeakMap<PublicCache, () => Promise<void>>()
const invalidatorOf = (cache: PublicCache) => {
  let invalidate = invalidators.get(cache)
  if (!invalidate) invalidators.set(cache, (invalidate = () => cache.invalidate()))
  return invalidate
}

const invalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const cache = publicCacheOf(req.payload)
  if (cache && wasOrIsPublic(req, collection.slug, doc)) await afterCommit(req, invalidatorOf(cache))
  return doc
}

const invalidateAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  const cache = publicCacheOf(req.payload)
  if (cache) await afterCommit(req, invalidatorOf(cache))
}

/**
 * The public read API's server side: a response cache that any change to public content invalidates
 * once its transaction has committed. The handlers themselves live in `src/public` and are mounted by
 * the Next app and by the lean server.
 */
export const publicApiPlugin =
  (options: PublicApiPluginOptions = {}): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      PUBLIC_SOURCES.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...(RECORD_COLLECTIONS.has(collection.slug) ? withPublishedState(collection.hooks) : collection.hooks),
              afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
            },
          }
        : collection,
    ),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      trackCommits(payload)
      const cache = typeof options.cache === 'function' ? options.cache() : (options.cache ?? memoryCache())
      registerPublicCache(payload, cache)
    },
  })
