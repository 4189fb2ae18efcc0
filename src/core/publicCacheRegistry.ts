import type { Payload } from 'payload'

/** A cached public response: only 200s are kept. */
export type CachedResponse = { etag: string; contentType: string; body: string }

/**
 * The response cache of anonymous reads. Entries live under a generation; a change to anything public
 * bumps the generation, so every entry of the old one is dead at once, in every instance that reads it.
 */
export interface PublicCache {
  readonly kind: 'off' | 'memory' | 'redis'
  /** The current generation and, when present, the entry for `key` under it. */
  read(key: string): Promise<{ generation: string; hit?: CachedResponse }>
  /** Stores an entry computed under `generation`; an entry from an older generation is never served. */
  write(generation: string, key: string, value: CachedResponse): Promise<void>
  invalidate(): Promise<void>
  close(): Promise<void>
}

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
