import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Fixture, buildFixture } from '../helpers/fixture.js'
import { checkFreshness } from '../helpers/freshness.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'

/** The in-process response cache (no REDIS_URL): one process that takes the writes and serves the reads. */
describe('public response cache in-process', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]

  beforeAll(async () => {
    delete process.env.REDIS_URL
    delete process.env.PUBLIC_CACHE
    app = await bootApp('public_cache_memory')
    fx = await buildFixture(app.payload)
    mounts = [await nextMount(), await leanMount(app.payload)]
  })
  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  it('is the in-process cache', async () => {
    const response = await mounts[0].fetch('/api/public/departments')
    expect(response.headers.get('x-cache')).toBe('MISS')
    expect((await mounts[1].fetch('/api/public/departments')).headers.get('x-cache')).toBe('HIT')
  })

  it('reflects a publish, unpublish, edit or delete on the very next request', async () => {
    await checkFreshness(app.payload, fx, mounts, { cached: true })
  })
})
