import { randomBytes } from 'node:crypto'

import { afterAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'

import { redisCache } from '../../src/plugins/publicApi/cache.js'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** The Redis response cache on its own: two instances, each with its local copies, one shared generation. */
describe('Redis response cache', () => {
  const prefix = `gongkai-test-${randomBytes(6).toString('hex')}:`
  const a = redisCache(REDIS_URL, prefix)
  const b = redisCache(REDIS_URL, prefix)
  const admin = new Redis(REDIS_URL)
  const entry = (body: string) => ({ etag: `"${body}"`, contentType: 'application/json', body })

  afterAll(async () => {
    const keys = await admin.keys(`${prefix}*`)
    if (keys.length) await admin.del(...keys)
    admin.disconnect()
    await a.close()
    await b.close()
  })

  it("serves one instance's entry to another until either invalidates", async () => {
    const { generation, hit } = await a.read('/api/public/departments')
    expect(hit).toBeUndefined()
    await a.write(generation, '/api/public/departments', entry('v1'))
    expect((await b.read('/api/public/departments')).hit?.body).toBe('v1')
    // Now from b's local copy, still checked against the shared generation.
    expect((await b.read('/api/public/departments')).hit?.body).toBe('v1')
    await a.invalidate()
    const after = await b.read('/api/public/departments')
    expect(after.hit).toBeUndefined()
    expect(after.generation).not.toBe(generation)
  })

  it('never serves a local copy when Redis has lost its generation (a restart keeps nothing)', async () => {
    const { generation } = await a.read('/api/public/disclosures')
    await a.write(generation, '/api/public/disclosures', entry('before'))
    expect((await a.read('/api/public/disclosures')).hit?.body).toBe('before')
    await admin.del(`${prefix}generation`)
    const after = await a.read('/api/public/disclosures')
    expect(after.hit).toBeUndefined()
    expect(after.generation).not.toBe(generation)
    expect(BigInt(after.generation)).toBeGreaterThan(BigInt(generation))
  })

  it('does not keep an entry written under a generation that is no longer current', async () => {
    const { generation } = await a.read('/api/public/catalogue-entries')
    await b.invalidate()
    await a.write(generation, '/api/public/catalogue-entries', entry('stale'))
    expect((await b.read('/api/public/catalogue-entries')).hit).toBeUndefined()
    expect((await a.read('/api/public/catalogue-entries')).hit).toBeUndefined()
  })
})
