import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { memoryCache } from '../../src/plugins/publicApi/cache.js'
import { createPublicApi } from '../../src/plugins/publicApi/handler.js'
import type { PublicRoute, RouteRequest, WriteRoute } from '../../src/plugins/publicApi/routes/types.js'

/** Just what the dispatcher reads of Payload: the routes here never touch the database. */
const payload = {
  db: { defaultIDType: 'number' },
  config: { collections: [], serverURL: '', db: { defaultIDType: 'number' } },
  logger: { error: () => undefined, warn: () => undefined },
} as unknown as Payload

const seen: { read: RouteRequest[]; computed: number; write: RouteRequest[] } = { read: [], computed: 0, write: [] }

const readRoute: PublicRoute = {
  name: 'test.read',
  paths: ['/api/public/things/{id}'],
  methods: ['GET', 'HEAD'],
  cached: true,
  handle: async (request) => {
    seen.read.push(request)
    return {
      key: request.path,
      compute: async () => {
        seen.computed += 1
        return { body: JSON.stringify({ id: request.params.id }), cacheable: true }
      },
    }
  },
}

const writeRoute: WriteRoute = {
  name: 'test.write',
  paths: ['/api/public/requests'],
  methods: ['POST'],
  cached: false,
  maxBody: 64,
  rateLimit: { of: () => ({ limit: 3, windowMs: 60_000 }), message: (wait) => `too many requests; try again in ${wait} s` },
  handle: async (request) => {
    seen.write.push(request)
    return { key: 'ignored', compute: async () => ({ body: JSON.stringify({ received: request.json }), cacheable: true }) }
  },
}

const api = () =>
  createPublicApi(payload, {
    cache: memoryCache(),
    routes: [readRoute],
    writeRoutes: [writeRoute],
    urls: { origin: 'http://localhost', record: '', mobile: '' },
    searchRateLimit: { limit: 0, windowMs: 1 },
  })

const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  new Request('http://localhost/api/public/requests', { method: 'POST', headers, body })

describe('the public route table', () => {
  it('dispatches a registered write route with its JSON body, never from the cache', async () => {
    const { handle } = api()
    seen.write.length = 0
    const first = await handle(post('{"subject":"預算"}'))
    const second = await handle(post('{"subject":"預算"}'))
    for (const response of [first, second]) {
      expect([
        response.status,
        response.headers.get('cache-control'),
        response.headers.get('etag'),
        response.headers.get('x-cache'),
      ]).toEqual([200, 'no-store', null, null])
      expect(await response.json()).toEqual({ received: { subject: '預算' } })
    }
    expect(seen.write).toHaveLength(2)
  })

  it('answers GET on a write route with 405 and Allow, and a wrong method on a read route likewise', async () => {
    const { handle } = api()
    const get = await handle(new Request('http://localhost/api/public/requests'))
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST, OPTIONS'])
    expect((await get.json()).errors[0].message).toMatch(/^GET not allowed; this path answers POST, OPTIONS/)
    const put = await handle(new Request('http://localhost/api/public/things/1', { method: 'PUT', body: '{}' }))
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD, OPTIONS'])
  })

  it('limits a write route per client, refuses a body over its limit and anything but JSON', async () => {
    const { respond } = api()
    const from = (clientAddress: string, body = '{}', type = 'application/json') =>
      respond({
        method: 'POST',
        url: '/api/public/requests',
        header: (name) => (name === 'content-type' ? type : null),
        body: async () => body,
        clientAddress,
      })
    expect((await from('192.0.2.1', 'x'.repeat(65))).status).toBe(413)
    expect((await from('192.0.2.1', 'subject=x', 'application/x-www-form-urlencoded')).status).toBe(415)
    // Refused requests count too: the limit is on attempts, before any body is read.
    expect((await from('192.0.2.1')).status).toBe(200)
    const limited = await from('192.0.2.1')
    expect([limited.status, limited.headers['Retry-After']]).toEqual([429, expect.stringMatching(/^\d+$/)])
    expect((await from('192.0.2.2')).status).toBe(200)
  })

  it('never hands a read route a POST body, and computes what it reads once, then answers from the cache', async () => {
    const { handle } = api()
    seen.read.length = 0
    seen.computed = 0
    const refused = await handle(
      new Request('http://localhost/api/public/things/7', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"id":8}',
      }),
    )
    expect(refused.status).toBe(405)
    expect(seen.read).toHaveLength(0)
    const read = await handle(new Request('http://localhost/api/public/things/7'))
    const again = await handle(new Request('http://localhost/api/public/things/7'))
    expect([read.headers.get('x-cache'), again.headers.get('x-cache'), await again.json()]).toEqual(['MISS', 'HIT', { id: '7' }])
    expect([seen.read.length, seen.computed]).toEqual([2, 1])
    expect([seen.read[0].text, seen.read[0].json, seen.read[0].plain.body]).toEqual([undefined, undefined, undefined])
  })

  it('answers preflights for the methods of every route, and 404 off the table', async () => {
    const { handle } = api()
    const preflight = await handle(new Request('http://localhost/api/public/requests', { method: 'OPTIONS' }))
    expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([204, 'GET, HEAD, POST, OPTIONS'])
    expect((await handle(new Request('http://localhost/api/public/other', { method: 'POST' }))).status).toBe(404)
  })
})
