import type { Payload } from 'payload'

import type { PublicCache } from '../plugins/publicApi/cache.js'

// On globalThis: Next may load this module more than once, and all copies must share one cache.
const KEY = Symbol.for('gongkai.publicCache')
const store = globalThis as unknown as { [KEY]?: WeakMap<Payload, PublicCache> }
const caches = (store[KEY] ??= new WeakMap())

export const registerPublicCache = (payload: Payload, cache: PublicCache) => caches.set(payload, cache)

/** The response cache the public API plugin set up for this Payload instance. */
export const publicCacheOf = (payload: Payload): PublicCache | undefined => caches.get(payload)

/** The one place the public response cache is invalidated (after a change committed, or a bulk reindex). */
export const invalidatePublicCache = async (payload: Payload): Promise<void> => {
  await publicCacheOf(payload)?.invalidate()
}
