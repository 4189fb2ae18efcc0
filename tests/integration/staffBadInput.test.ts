import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { graphql, rest, restHandler } from '../helpers/api.js'
import { type Fixture, buildFixture, publishedInterpretation, publishedRecord, recordData } from '../helpers/fixture.js'
import { pngFile } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const MB = 1024 * 1024

/** A body of `total` bytes of JSON-looking text, produced as it is read; `pulled` counts what was read. */
const streamedBody = (total: number) => {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => {
      controller.enqueue(new TextEncoder().encode('{"title":"'))
    },
    pull: (controller) => {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

/** Issue 10, holes 9 and 10 on the staff side: bounded pages and bodies, and 4xx (never 5xx) for malformed requests. */
describe('the staff API under bad input', () => {
  let app: TestApp
  let fx: Fixture
  let record: Record<string, any>

  beforeAll(async () => {
    app = await bootApp('staff_bad_input')
    fx = await buildFixture(app.payload)
    record = await publishedRecord(app.payload, fx)
    await publishedInterpretation(app.payload, fx, [record.id])
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  /** A raw request through the staff REST route's handler (Payload's REST behind the route's wrapper). */
  const send = async (method: string, path: string, init: { token?: string; body?: BodyInit; headers?: Record<string, string> } = {}) => {
    const headers = { ...(init.token ? { Authorization: `JWT ${init.token}` } : {}), ...init.headers }
    const response = await restHandler(app.config)(
      new Request(`http://localhost:3000/api${path}`, { method, headers, body: init.body, duplex: 'half' } as RequestInit),
    )
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : undefined }
  }

  /** The parameter a refusal names, in the message and in `data.parameter`. */
  const refusal = (body: any): { parameter?: string; message?: string } => ({
    parameter: body?.errors?.[0]?.data?.parameter,
    message: body?.errors?.[0]?.message,
  })
  const countOf = async (collection: 'disclosures' | 'media') => (await app.payload.count({ collection })).totalDocs

  describe('page caps (hole 9)', () => {
    it('refuses an anonymous page of 100,000, pagination=false and limit=0, naming the parameter', async () => {
      for (const [query, parameter] of [
        ['limit=100000', 'limit'],
        ['pagination=false', 'pagination'],
        ['limit=0', 'limit'],
        ['limit=-5', 'limit'],
        ['limit=abc', 'limit'],
        ['page=0', 'page'],
      ]) {
        const response = await rest(app.config, 'GET', `/disclosures?${query}`)
        expect(response.status).toBe(400)
        expect(refusal(response.body)).toEqual({ parameter, message: expect.stringContaining(`(${parameter})`) })
      }
      expect(refusal((await rest(app.config, 'GET', '/disclosures?limit=101')).body).message).toContain(
        'limit must be an integer from 1 to 100',
      )
    })

    it('serves an anonymous page of 100 and a staff page of 500, admins included, and refuses one more', async () => {
      expect((await rest(app.config, 'GET', '/disclosures?limit=100&depth=2')).status).toBe(200)
      for (const staff of [fx.editorA, fx.admin]) {
        expect((await rest(app.config, 'GET', '/disclosures?limit=500', { token: staff.token })).status).toBe(200)
        const over = await rest(app.config, 'GET', '/disclosures?limit=501', { token: staff.token })
        expect(over.status).toBe(400)
        expect(refusal(over.body).message).toContain('limit must be an integer from 1 to 500')
      }
      const bounded = await rest(app.config, 'GET', '/disclosures?pagination=false&limit=20', { token: fx.editorA.token })
      expect(bounded.status).toBe(200)
    })

    it('holds the caps on versions, on join limits and on POST-as-GET queries', async () => {
      const versions = await rest(app.config, 'GET', '/disclosures/versions?limit=100000', { token: fx.editorA.token })
      expect(versions.status).toBe(400)
      expect(refusal(versions.body).parameter).toBe('limit')
      const join = await rest(app.config, 'GET', '/disclosures?joins[interpretations][limit]=0')
      expect(join.status).toBe(400)
      expect(refusal(join.body).parameter).toBe('joins[interpretations][limit]')
      const override = await send('POST', '/disclosures', {
        body: 'limit=100000',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
      })
      expect(override.status).toBe(400)
      expect(refusal(override.body).parameter).toBe('limit')
    })

    it('holds the same caps on GraphQL lists, defaults of variables included, and still populates relationships and joins', async () => {
      const big = await graphql(app.config, '{ Disclosures(limit: 100000) { docs { id } } }')
      expect(big.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(big.body.errors?.[0]?.message).toContain('limit')
      const unpaged = await graphql(app.config, 'query($p: Boolean = false) { Disclosures(pagination: $p) { docs { id } } }')
      expect(unpaged.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(unpaged.body.errors?.[0]?.message).toContain('pagination')
      const nested = await graphql(
        app.config,
        '{ Disclosures(limit: 5) { docs { id department { name } interpretations { docs { id } } } } }',
      )
      expect(nested.body.errors).toBeUndefined()
      expect(nested.body.data.Disclosures.docs[0]).toMatchObject({
        department: { name: fx.deptA.name },
        interpretations: { docs: [expect.any(Object)] },
      })
    })
  })

  describe('large JSON bodies (hole 9)', () => {
    it('refuses a 100 MB JSON body by its Content-Length with 413 before reading it, and creates nothing', async () => {
      const before = await countOf('disclosures')
      const { stream, counter } = streamedBody(100 * MB)
      const started = Date.now()
      const response = await send('POST', '/disclosures', {
        token: fx.editorA.token,
        body: stream,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(100 * MB) },
      })
      expect(Date.now() - started).toBeLessThan(1000)
      expect(response.status).toBe(413)
      expect(refusal(response.body)).toEqual({ parameter: 'body', message: expect.stringContaining('larger than 1048576 bytes') })
      expect(counter.pulled).toBeLessThanOrEqual(MB)
      expect(await countOf('disclosures')).toBe(before)
    })

    it('refuses a chunked 100 MB body without Content-Length with 413 after reading about 1 MB of it', async () => {
      const before = await countOf('disclosures')
      const { stream, counter } = streamedBody(100 * MB)
      const started = Date.now()
      const response = await send('PATCH', `/disclosures/${record.id}`, {
        token: fx.editorA.token,
        body: stream,
        headers: { 'Content-Type': 'application/json' },
      })
      expect(Date.now() - started).toBeLessThan(1000)
      expect(response.status).toBe(413)
      expect(refusal(response.body).parameter).toBe('body')
      expect(counter.pulled).toBeLessThan(2 * MB)
      expect(await countOf('disclosures')).toBe(before)
    })

    it('refuses a 100 MB body on the GraphQL route too', async () => {
      const { POST } = await import('../../src/app/(payload)/api/graphql/route.js')
      const { stream } = streamedBody(100 * MB)
      const started = Date.now()
      const response = await POST(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          body: stream,
          headers: { 'Content-Type': 'application/json' },
          duplex: 'half',
        } as RequestInit),
      )
      expect(Date.now() - started).toBeLessThan(1000)
      expect(response.status).toBe(413)
    })

    it('still takes a JSON body under the limit, whatever the case of its Content-Type', async () => {
      const response = await send('PATCH', `/disclosures/${record.id}?draft=true`, {
        token: fx.editorA.token,
        body: JSON.stringify({ summary: '概述' }),
        headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
      })
      expect(response.status).toBe(200)
      expect(response.body.doc.summary).toBe('概述')
    })
  })

  describe('malformed requests answer 4xx naming the parameter (hole 10)', () => {
    it('refuses JSON sent as text/plain or form-urlencoded to create and update with 415 naming Content-Type', async () => {
      const before = await countOf('disclosures')
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        for (const [method, path] of [
          ['POST', '/disclosures'],
          ['PATCH', `/disclosures/${record.id}`],
        ]) {
          const response = await send(method, path, {
            token: fx.editorA.token,
            body: JSON.stringify(recordData(fx, { title: '改' })),
            headers: { 'Content-Type': type },
          })
          expect(response.status).toBe(415)
          expect(refusal(response.body)).toEqual({ parameter: 'Content-Type', message: expect.stringContaining(type) })
        }
      }
      expect(await countOf('disclosures')).toBe(before)
      expect((await app.payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })).title).toBe(record.title)
    })

    it('refuses a null, list or string JSON body with 400 naming the body, anonymous or staff', async () => {
      for (const body of ['null', '[1,2]', '"text"']) {
        for (const [method, path, token] of [
          ['POST', '/disclosures', undefined],
          ['POST', '/disclosures', fx.editorA.token],
          ['PATCH', `/disclosures/${record.id}`, fx.editorA.token],
        ] as const) {
          const response = await send(method, path, { token, body, headers: { 'Content-Type': 'application/json' } })
          expect(response.status).toBe(400)
          expect(refusal(response.body)).toEqual({ parameter: 'body', message: expect.stringContaining('must be a JSON object') })
        }
      }
      const override = await send('POST', '/disclosures', {
        body: '{bad',
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
      })
      expect(override.status).toBe(400)
      expect(refusal(override.body).parameter).toBe('body')
    })

    it('refuses a 2,000-word like, a 200-word like and a 40,000-value list with 400 naming where, and serves a sane like', async () => {
      const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ')
      const long = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent(words(2000))}`, {
        token: fx.editorA.token,
      })
      expect(long.status).toBe(400)
      expect(refusal(long.body)).toEqual({ parameter: 'where[title][like]', message: expect.stringContaining('at most 1000 characters') })
      const wordy = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent(words(200))}`)
      expect(wordy.status).toBe(400)
      expect(refusal(wordy.body)).toEqual({ parameter: 'where[title][like]', message: expect.stringContaining('at most 50 words') })
      const list = await rest(
        app.config,
        'GET',
        `/disclosures?where[title][in]=${Array.from({ length: 40_000 }, (_, index) => `t${index}`).join(',')}`,
      )
      expect(list.status).toBe(400)
      expect(refusal(list.body).parameter).toBe('where[title][in]')
      const sane = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent('財政 預算 報告')}`)
      expect(sane.status).toBe(200)
      expect(sane.body.docs.map((doc: any) => doc.id)).toContain(record.id)
    })

    it('answers /api/audit-log/versions with 404 naming versions: the audit log keeps none', async () => {
      for (const path of ['/audit-log/versions', '/audit-log/versions/1', '/departments/versions']) {
        const response = await rest(app.config, 'GET', path, { token: fx.admin.token })
        expect(response.status).toBe(404)
        expect(refusal(response.body)).toEqual({ parameter: 'versions', message: expect.stringContaining('keeps no versions') })
      }
    })

    it('refuses an upload with a NUL in its part header with 400 naming the body, and stores nothing', async () => {
      const before = await countOf('media')
      const png = await pngFile('cover.png', 8, 8)
      const boundary = 'gongkai-boundary'
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: '封面', department: fx.deptA.id })}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cover\u0000.png"\r\nContent-Type: image/png\r\n\r\n`
      const body = Buffer.concat([Buffer.from(head), png.data, Buffer.from(`\r\n--${boundary}--\r\n`)])
      const response = await send('POST', '/media', {
        token: fx.editorA.token,
        body,
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      })
      expect(response.status).toBe(400)
      expect(refusal(response.body)).toEqual({ parameter: 'body', message: expect.stringContaining('Malformed part header') })
      const badPayload = await send('POST', '/media', {
        token: fx.editorA.token,
        body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--${boundary}--\r\n`,
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      })
      expect(badPayload.status).toBe(400)
      expect(refusal(badPayload.body).parameter).toBe('body')
      expect(await countOf('media')).toBe(before)
    })

    it('refuses non-numeric ids in where clauses on relationships, on lists, counts and versions, naming the condition', async () => {
      const cases: [string, string, string?][] = [
        ['/disclosures?where[department][equals]=abc', 'where[department][equals]'],
        ['/disclosures?where[catalogue][equals]=none', 'where[catalogue][equals]'],
        ['/disclosures?where[department][in]=1,abc', 'where[department][in]'],
        ['/disclosures?where[validity.replacedBy][equals]=x', 'where[validity.replacedBy][equals]'],
        ['/disclosures?where[id][equals]=abc', 'where[id][equals]'],
        ['/disclosures?where[department][equals]=99999999999', 'where[department][equals]'],
        ['/interpretations?where[policies][equals]=true', 'where[policies][equals]'],
        ['/catalogue-entries?where[parent][equals]=2014-02-30', 'where[parent][equals]'],
        ['/disclosures/count?where[department][equals]=abc', 'where[department][equals]'],
        ['/disclosures?where[writtenAt][greater_than]=someday', 'where[writtenAt][greater_than]'],
        ['/disclosures?where[department][near]=1,2', 'where[department][near]'],
        ['/disclosures?where=abc', 'where'],
        ['/disclosures?where[keywords][all]=財政', 'where[keywords][all]'],
        ['/disclosures?where[interpretations][in]=abc', 'where[interpretations][in]'],
        // PostgreSQL: a value outside a select's enum, and ILIKE on an enum, a timestamp or a number, were 500s.
        ['/disclosures?where[topic][equals]=abc', 'where[topic][equals]'],
        ['/disclosures?where[genre][in]=report,nonsense', 'where[genre][in]'],
        ['/disclosures?where[genre][like]=rep', 'where[genre][like]'],
        ['/disclosures?where[writtenAt][like]=2024', 'where[writtenAt][like]'],
        ['/catalogue-entries?where[order][contains]=1', 'where[order][contains]'],
        ['/disclosures/versions?where[version.department][equals]=abc', 'where[version.department][equals]', fx.editorA.token],
        ['/disclosures/versions?where[parent][equals]=abc', 'where[parent][equals]', fx.editorA.token],
      ]
      for (const [path, parameter, token] of cases) {
        const response = await rest(app.config, 'GET', path, { token })
        expect({ path, status: response.status, ...refusal(response.body) }).toEqual({
          path,
          status: 400,
          parameter,
          message: expect.stringContaining(`(${parameter})`),
        })
      }
      const good = await rest(
        app.config,
        'GET',
        `/disclosures?where[department][equals]=${fx.deptA.id}&where[catalogue][in]=${fx.catalogue.id},999`,
      )
      expect(good.status).toBe(200)
      expect(good.body.docs.map((doc: any) => doc.id)).toEqual([record.id])
    })

    it('refuses a non-numeric id in /api/<collection>/<id> on read, update and delete, naming id', async () => {
      for (const [method, path, token] of [
        ['GET', '/disclosures/abc', undefined],
        ['GET', '/departments/abc', undefined],
        ['GET', '/disclosures/1.5', undefined],
        ['PATCH', '/disclosures/abc', fx.editorA.token],
        ['DELETE', '/disclosures/abc', fx.admin.token],
      ] as const) {
        const response = await send(method, path, {
          token,
          ...(method === 'PATCH' ? { body: '{"summary":"x"}', headers: { 'Content-Type': 'application/json' } } : {}),
        })
        expect({ path, method, status: response.status, ...refusal(response.body) }).toEqual({
          path,
          method,
          status: 400,
          parameter: 'id',
          message: expect.stringContaining('(id)'),
        })
      }
      // Payload itself refuses a version id it cannot parse ("Missing ID of version.").
      const version = await rest(app.config, 'GET', '/disclosures/versions/abc', { token: fx.editorA.token })
      expect(version.status).toBe(400)
      expect(refusal(version.body).message).toMatch(/ID/)
      expect((await rest(app.config, 'GET', '/disclosures/999999')).status).toBe(404)
    })

    it('answers no 5xx for an odd value of any operator on any field of any collection', async () => {
      const fieldPaths = (fields: any[]): string[] => [
        'id',
        ...fields.flatMap((field) =>
          field.flattenedFields ? [field.name, ...field.flattenedFields.map((inner: any) => `${field.name}.${inner.name}`)] : [field.name],
        ),
      ]
      const failures: string[] = []
      let sent = 0
      for (const slug of [
        'disclosures',
        'interpretations',
        'departments',
        'catalogue-entries',
        'media',
        'audit-log',
        'users',
        'search-index',
      ] as const) {
        for (const path of fieldPaths(app.payload.collections[slug].config.flattenedFields)) {
          for (const operator of ['equals', 'in', 'like', 'contains', 'greater_than', 'exists', 'all']) {
            for (const value of ['abc', '2014-02-30']) {
              const response = await rest(app.config, 'GET', `/${slug}?where[${path}][${operator}]=${value}`, { token: fx.admin.token })
              sent += 1
              if (response.status >= 500) failures.push(`${slug} where[${path}][${operator}]=${value}: ${response.status}`)
            }
          }
        }
      }
      expect(sent).toBeGreaterThan(1000)
      expect(failures).toEqual([])
    })

    it('refuses bad ids and where values in GraphQL the same way', async () => {
      const response = await graphql(app.config, '{ Disclosures(where: { department: { equals: "abc" } }) { docs { id } } }')
      expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(response.body.errors?.[0]?.message).toContain('(where[department][equals])')
    })
  })
})
