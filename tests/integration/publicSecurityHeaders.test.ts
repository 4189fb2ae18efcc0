import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootApp, type TestApp } from '../helpers/payload.js'
import { leanMount, nextMount, type Mount } from '../helpers/publicMounts.js'

/** nosniff and Referrer-Policy on every public answer, under Next and on the lean server; HSTS in production. */
describe('security headers of the public API', () => {
  let app: TestApp
  let mounts: Mount[]
  beforeAll(async () => {
    app = await bootApp('public-headers')
    mounts = [await nextMount(), await leanMount(app.payload)]
  })
  afterAll(async () => {
    for (const mount of mounts ?? []) await mount.close()
    await app?.payload.destroy()
  })

  const requests: [string, RequestInit?][] = [
    ['/api/public/ping'],
    ['/api/public/disclosures?limit=1'],
    ['/api/public/nothing-here'],
    ['/api/public/disclosures?limit=abc'],
    ['/api/openapi.json'],
    ['/api/public/disclosures', { method: 'OPTIONS' }],
  ]

  it('sends nosniff and Referrer-Policy on answers, errors and preflights, and no HSTS outside production', async () => {
    for (const mount of mounts) {
      for (const [path, init] of requests) {
        const res = await mount.fetch(path, init)
        expect([mount.name, path, res.headers.get('x-content-type-options')]).toEqual([mount.name, path, 'nosniff'])
        expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
        expect(res.headers.get('strict-transport-security')).toBeNull()
      }
    }
  })

  it('adds HSTS on a lean server started in production', async () => {
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    let lean: Mount
    try {
      lean = await leanMount(app.payload)
    } finally {
      env.NODE_ENV = before
    }
    try {
      const res = await lean.fetch('/api/public/ping')
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await lean.close()
    }
  })
})
