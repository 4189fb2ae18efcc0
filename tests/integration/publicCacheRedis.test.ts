import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'

import { type Fixture, buildFixture } from '../helpers/fixture.js'
import { checkFreshness } from '../helpers/freshness.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, httpMount, leanMount, nextMount } from '../helpers/publicMounts.js'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Starts `scripts/serve-public.ts` as its own process, as `npm run serve:public` does, and waits until it answers. */
const startLeanServer = async (env: Record<string, string>): Promise<{ mount: Mount; child: ChildProcess; log: () => string }> => {
  const port = await freePort()
  const { NODE_OPTIONS: _jestOptions, ...parentEnv } = process.env
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/serve-public.ts'], {
    env: {
      ...parentEnv,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      GONGKAI_SERVER_URL: `http://127.0.0.1:${port}`,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`lean server exited with ${child.exitCode}:\n${output}`)
    const ready = await fetch(`${base}/api/public/ping`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) throw new Error(`lean server did not start in 90 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const stopped = new Promise((resolve) => child.once('exit', resolve))
  return {
    child,
    log: () => output,
    mount: httpMount('lean', base, async () => {
      child.kill('SIGTERM')
      await stopped
    }),
  }
}

/**
 * The response cache in Redis: the CMS process (which takes the writes), its Next mount, an in-process
 * lean server and two lean server processes all share one cache, and a change invalidates it for all.
 */
describe('public response cache in Redis, shared by several instances', () => {
  let app: TestApp
  let fx: Fixture
  const mounts: Mount[] = []
  const prefix = `gongkai-test-${randomBytes(6).toString('hex')}:`
  const children: Awaited<ReturnType<typeof startLeanServer>>[] = []

  beforeAll(async () => {
    process.env.PUBLIC_CACHE = 'redis'
    process.env.REDIS_URL = REDIS_URL
    process.env.REDIS_PREFIX = prefix
    app = await bootApp('public_cache_redis')
    fx = await buildFixture(app.payload)
    mounts.push(await nextMount(), await leanMount(app.payload))
    const env = { DATABASE_URI: process.env.DATABASE_URI as string, REDIS_URL, REDIS_PREFIX: prefix, PUBLIC_CACHE: 'redis' }
    children.push(...(await Promise.all([startLeanServer(env), startLeanServer(env)])))
    mounts.push(...children.map((child) => child.mount))
  }, 240_000)

  afterAll(async () => {
    await Promise.all(mounts.map((mount) => mount.close()))
    await app?.payload.destroy()
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
  })

  it('runs two lean server processes on the shared cache', async () => {
    expect(new Set(children.map((child) => child.child.pid)).size).toBe(2)
    const first = await children[0].mount.fetch('/api/public/departments')
    expect(first.headers.get('x-cache')).toBe('MISS')
    // Computed by one process, served to the other from Redis.
    expect((await children[1].mount.fetch('/api/public/departments')).headers.get('x-cache')).toBe('HIT')
    expect((await mounts[0].fetch('/api/public/departments')).headers.get('x-cache')).toBe('HIT')
  })

  it('reflects a publish, unpublish, edit or delete on the very next request, on every instance', async () => {
    await checkFreshness(app.payload, fx, mounts, { cached: true })
  })

  it('answers from the database when Redis is unreachable, never from a stale copy', async () => {
    const { createPublicApi } = await import('../../src/plugins/publicApi/handler.js')
    const { redisCache } = await import('../../src/plugins/publicApi/cache.js')
    const broken = redisCache('redis://127.0.0.1:1', prefix)
    try {
      const api = createPublicApi(app.payload, { cache: broken })
      const response = await api.handle(new Request('http://localhost/api/public/departments'))
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBe('BYPASS')
      expect((await response.json()).docs.map((doc: any) => doc.name)).toEqual(['市財政局', '市教育局'])
    } finally {
      await broken.close()
    }
  })
})
