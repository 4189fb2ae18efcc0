import { createHash } from 'node:crypto'

import { Redis } from 'ioredis'

import type { CachedResponse, PublicCache } from '../../core/publicCacheRegistry.js'

export type { CachedResponse, PublicCache } from '../../core/publicCacheRegistry.js'

export const noCache = (): PublicCache => ({
  kind: 'off',
  read: async () => ({ generation: '0' }),
  write: async () => {},
  invalidate: async () => {},
  close: async () => {},
})

/** In-process: right for one process that also takes the writes (the Next mount of a small site). */
export const memoryCache = (maxEntries = 5_000): PublicCache => {
  let generation = 0
  const entries = new Map<string, CachedResponse>()
  return {
    kind: 'memory',
    read: async (key) => {
      const hit = entries.get(key)
      if (hit) {
        // Refresh the key's place so the least recently used entry goes first.
        entries.delete(key)
        entries.set(key, hit)
      }
      return { generation: String(generation), hit }
    },
    write: async (at, key, value) => {
      if (at !== String(generation)) return
      entries.set(key, value)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    invalidate: async () => {
      generation += 1
      entries.clear()
    },
    close: async () => entries.clear(),
  }
}

// One round trip: the generation, and the entry stored under it unless the caller already holds that
// generation's copy (ARGV[3]), so a warm instance does not move the body over the network again.
// A missing generation (a new or restarted Redis) starts from the server clock in microseconds, so it
// never repeats a generation that instances may still hold copies of.
const CURRENT_GENERATION = `
local function current()
  local generation = redis.call('GET', KEYS[1])
  if generation then return generation end
  local now = redis.call('TIME')
  generation = now[1] .. string.format('%06d', tonumber(now[2]))
  redis.call('SET', KEYS[1], generation, 'NX')
  return redis.call('GET', KEYS[1])
end
`

const READ_SCRIPT = `${CURRENT_GENERATION}
local generation = current()
if generation == ARGV[3] then return { generation, false } end
return { generation, redis.call('GET', ARGV[1] .. generation .. ':' .. ARGV[2]) }
`

const INVALIDATE_SCRIPT = `${CURRENT_GENERATION}
current()
return redis.call('INCR', KEYS[1])
`

const digest = (key: string) => createHash('sha1').update(key).digest('base64url')

/**
 * Shared by every instance through Redis. A Redis failure is never a reason to serve stale data: the
 * request is answered from the database instead.
 */
export const redisCache = (url: string, prefix = 'gongkai:', ttlSeconds = 3_600, localEntries = 1_000): PublicCache => {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true })
  redis.on('error', () => {
    // Reported per request by the callers' fallbacks; ioredis reconnects by itself.
  })
  const generationKey = `${prefix}generation`
  const entryPrefix = `${prefix}entry:`
  // Copies of recently served entries, each valid only while Redis still names its generation.
  const local = new Map<string, { generation: string; entry: CachedResponse }>()
  let closed = false
  const remember = (id: string, generation: string, entry: CachedResponse) => {
    local.delete(id)
    local.set(id, { generation, entry })
    if (local.size > localEntries) local.delete(local.keys().next().value!)
  }
  return {
    kind: 'redis',
    read: async (key) => {
      const id = digest(key)
      const held = local.get(id)
      const [generation, raw] = (await redis.eval(READ_SCRIPT, 1, generationKey, entryPrefix, id, held?.generation ?? '')) as [
        string,
        string | null,
      ]
      if (held && held.generation === generation) {
        remember(id, generation, held.entry)
        return { generation, hit: held.entry }
      }
      if (!raw) return { generation }
      const split1 = raw.indexOf('\n')
      const split2 = raw.indexOf('\n', split1 + 1)
      const hit = { etag: raw.slice(0, split1), contentType: raw.slice(split1 + 1, split2), body: raw.slice(split2 + 1) }
      remember(id, generation, hit)
      return { generation, hit }
    },
    write: async (generation, key, value) => {
      const id = digest(key)
      await redis.set(`${entryPrefix}${generation}:${id}`, `${value.etag}\n${value.contentType}\n${value.body}`, 'EX', ttlSeconds)
      remember(id, generation, value)
    },
    invalidate: async () => {
      local.clear()
      try {
        await redis.eval(INVALIDATE_SCRIPT, 1, generationKey)
      } catch (err) {
        // A lost invalidation would leave every instance serving the old answers: keep trying in the background.
        const retry = (attempt: number) => {
          const timer = setTimeout(
            () => {
              redis.eval(INVALIDATE_SCRIPT, 1, generationKey).catch(() => !closed && attempt < 30 && retry(attempt + 1))
            },
            Math.min(100 * 2 ** attempt, 10_000),
          )
          timer.unref()
        }
        retry(0)
        throw err
      }
    },
    close: async () => {
      closed = true
      local.clear()
      redis.disconnect()
    },
  }
}

export type CacheMode = 'off' | 'memory' | 'redis'
