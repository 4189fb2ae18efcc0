import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Fixture, as, buildFixture, publishedRecord, recordData, richText } from '../helpers/fixture.js'
import { pdfFile, pngFile } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, type MountResponse, leanMount, nextMount, postJson } from '../helpers/publicMounts.js'

/**
 * The public read contract, run against both mounts: the Next route handlers and the lean node:http
 * server. Every request goes to both, and both must answer the same status, body and caching headers.
 */
describe('public read contract on both mounts', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}

  beforeAll(async () => {
    app = await bootApp('public_contract')
    fx = await buildFixture(app.payload)
    const p = app.payload
    const editor = as(p, fx.editorA)
    ids.child = (
      await p.create({ collection: 'catalogue-entries', data: { title: '部門預算', code: '04-01', parent: fx.catalogue.id } as any })
    ).id
    ids.other = (await p.create({ collection: 'catalogue-entries', data: { title: '人事信息', code: '09' } as any })).id
    const cover = await p.create({
      collection: 'media',
      data: { alt: '封面' } as any,
      file: await pngFile('contract-cover.png'),
      user: fx.editorA.user,
      overrideAccess: false,
    })
    const attachment = await p.create({
      collection: 'media',
      data: {} as any,
      file: pdfFile('contract-budget.pdf'),
      user: fx.editorA.user,
      overrideAccess: false,
    })
    ids.cover = cover.id
    ids.attachment = attachment.id

    ids.newRule = (
      await publishedRecord(p, fx, {
        title: '青島市財政資金管理辦法（2014年修訂）',
        catalogue: [fx.catalogue.id],
        writtenAt: '2014-03-02T02:00:00.000Z',
        documentKind: 'regulation',
        topic: '0201',
        genre: 'notice',
      })
    ).id
    ids.oldRule = (
      await publishedRecord(p, fx, {
        title: '青島市財政資金管理辦法',
        catalogue: [ids.child],
        writtenAt: '2013-05-10T02:00:00.000Z',
        documentKind: 'regulation',
        topic: '0202',
        genre: 'notice',
        validity: { status: 'repealed', replacedBy: ids.newRule },
        cover: ids.cover,
        attachments: [ids.attachment],
      })
    ).id
    ids.education = (
      await (async () => {
        const draft = await as(p, fx.editorB).create(
          'disclosures',
          recordData(fx, {
            title: '2014年義務教育招生工作意見',
            department: fx.deptB.id,
            catalogue: [ids.other],
            topic: '1201',
            genre: 'opinion',
            writtenAt: '2014-06-01T02:00:00.000Z',
          }),
        )
        await as(p, fx.reviewerB).pass('disclosures', draft.id)
        return as(p, fx.editorB).publish('disclosures', draft.id)
      })()
    ).id
    ids.draft = (await editor.create('disclosures', recordData(fx, { title: '未發布的草稿', catalogue: [ids.child] }))).id
    ids.onRequest = (
      await editor.create(
        'disclosures',
        recordData(fx, { title: '依申請公開', disclosure: { attribute: 'on_request', reason: '涉及特定對象' } }),
      )
    ).id

    const interpretation = await editor.create('interpretations', {
      title: '《青島市財政資金管理辦法》解讀',
      policies: [ids.oldRule],
      department: fx.deptA.id,
      form: 'text',
      body: richText('辦法的主要內容'),
      disclosure: { attribute: 'proactive' },
    })
    await as(p, fx.reviewerA).pass('interpretations', interpretation.id)
    ids.interpretation = (await editor.publish('interpretations', interpretation.id)).id

    mounts = [await nextMount(), await leanMount(p)]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  /** The same request to both mounts; the answers must agree on everything but X-Cache. */
  const both = async (path: string, init?: RequestInit): Promise<MountResponse> => {
    const [next, lean] = await Promise.all(mounts.map((mount) => mount.fetch(path, init)))
    expect({ path, status: lean.status, body: lean.body }).toEqual({ path, status: next.status, body: next.body })
    for (const header of ['content-type', 'cache-control', 'etag', 'access-control-allow-origin']) {
      expect([header, lean.headers.get(header)]).toEqual([header, next.headers.get(header)])
    }
    return next
  }

  const titles = (response: MountResponse) => response.body.docs.map((doc: any) => doc.title)

  it('lists public records only, newest first, at depth 0 without bodies', async () => {
    const response = await both('/api/public/disclosures')
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(3)
    expect(response.body.docs.map((doc: any) => doc.id).sort()).toEqual([ids.newRule, ids.oldRule, ids.education].sort())
    const published = response.body.docs.map((doc: any) => doc.publishedAt)
    expect([...published].sort().reverse()).toEqual(published)
    const old = response.body.docs.find((doc: any) => doc.id === ids.oldRule)
    expect(old.department).toBe(fx.deptA.id)
    expect(old.body).toBeUndefined()
    expect(old.indexNumber).toMatch(/^113702000001\/2013-\d{5}$/)
  })

  it('filters by catalogue entry including its descendants', async () => {
    expect(titles(await both(`/api/public/disclosures?catalogue=${fx.catalogue.id}&sort=title`)).sort()).toEqual([
      '青島市財政資金管理辦法',
      '青島市財政資金管理辦法（2014年修訂）',
    ])
    expect(titles(await both(`/api/public/disclosures?catalogue=${ids.child}`))).toEqual(['青島市財政資金管理辦法'])
    const unknown = await both('/api/public/disclosures?catalogue=999999')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].param).toBe('catalogue')
  })

  it('filters by department, topic, genre, document kind, validity, year and date range', async () => {
    expect(titles(await both(`/api/public/disclosures?department=${fx.deptB.id}`))).toEqual(['2014年義務教育招生工作意見'])
    expect(titles(await both('/api/public/disclosures?topic=0202'))).toEqual(['青島市財政資金管理辦法'])
    expect((await both('/api/public/disclosures?topic=02')).body.totalDocs).toBe(2)
    expect(titles(await both('/api/public/disclosures?genre=opinion'))).toEqual(['2014年義務教育招生工作意見'])
    expect((await both('/api/public/disclosures?documentKind=regulation')).body.totalDocs).toBe(2)
    expect(titles(await both('/api/public/disclosures?validity=repealed'))).toEqual(['青島市財政資金管理辦法'])
    const thisYear = new Date().getFullYear()
    expect((await both(`/api/public/disclosures?year=${thisYear}`)).body.totalDocs).toBe(3)
    expect((await both(`/api/public/disclosures?year=${thisYear - 1}`)).body.totalDocs).toBe(0)
    expect(titles(await both('/api/public/disclosures?writtenFrom=2014-01-01&writtenTo=2014-03-31'))).toEqual([
      '青島市財政資金管理辦法（2014年修訂）',
    ])
    expect(titles(await both('/api/public/disclosures?writtenTo=2013-12-31'))).toEqual(['青島市財政資金管理辦法'])
  })

  it('sorts, paginates and selects', async () => {
    const page1 = await both('/api/public/disclosures?sort=writtenAt&limit=2&select=title,writtenAt')
    expect(page1.body).toMatchObject({ totalDocs: 3, limit: 2, page: 1, totalPages: 2, hasNextPage: true })
    expect(titles(page1)).toEqual(['青島市財政資金管理辦法', '青島市財政資金管理辦法（2014年修訂）'])
    expect(Object.keys(page1.body.docs[0]).sort()).toEqual(['id', 'title', 'writtenAt'])
    const page2 = await both('/api/public/disclosures?sort=writtenAt&limit=2&page=2&select=title,writtenAt')
    expect(titles(page2)).toEqual(['2014年義務教育招生工作意見'])
    expect((await both('/api/public/disclosures/count?department=' + fx.deptA.id)).body).toEqual({ totalDocs: 2 })
  })

  it('populates when asked: depth 1 turns ids into public objects', async () => {
    const response = await both(`/api/public/disclosures?catalogue=${ids.child}&depth=1`)
    const [doc] = response.body.docs
    expect(doc.department).toMatchObject({ id: fx.deptA.id, name: '市財政局' })
    expect(doc.catalogue[0]).toMatchObject({ id: ids.child, code: '04-01' })
    expect(doc.validity.replacedBy).toMatchObject({ id: ids.newRule, title: '青島市財政資金管理辦法（2014年修訂）' })
  })

  it("a record's detail carries its interpretations, attachments with URLs, validity and replacement", async () => {
    const response = await both(`/api/public/disclosures/${ids.oldRule}`)
    expect(response.status).toBe(200)
    const doc = response.body
    expect(doc.body.root.children[0].children[0].text).toBe('市級財政預算執行情況良好。')
    expect(doc.validity).toMatchObject({ status: 'repealed', replacedBy: { id: ids.newRule } })
    expect(doc.interpretations.docs).toEqual([expect.objectContaining({ id: ids.interpretation, title: '《青島市財政資金管理辦法》解讀' })])
    expect(doc.attachments).toEqual([
      expect.objectContaining({
        id: ids.attachment,
        mimeType: 'application/pdf',
        url: expect.stringMatching(/^\/api\/media\/file\/contract-budget.*\.pdf$/),
      }),
    ])
    expect(doc.cover.url).toMatch(/\/api\/media\/file\/contract-cover.*\.png$/)
    for (const mount of mounts) {
      const file = await mount.file(doc.attachments[0].url)
      expect([mount.name, file.status, file.headers.get('content-type')]).toEqual([mount.name, 200, 'application/pdf'])
    }
  })

  it("an interpretation's detail carries its policies", async () => {
    const response = await both(`/api/public/interpretations/${ids.interpretation}`)
    expect(response.body.policies).toEqual([expect.objectContaining({ id: ids.oldRule, title: '青島市財政資金管理辦法' })])
    expect(titles(await both(`/api/public/interpretations?policy=${ids.oldRule}`))).toEqual(['《青島市財政資金管理辦法》解讀'])
  })

  it('serves the catalogue and the departments (the 公開目錄 and 公開指南)', async () => {
    const roots = await both('/api/public/catalogue-entries?parent=none&sort=code')
    expect(roots.body.docs.map((doc: any) => doc.code)).toEqual(['04', '09'])
    const children = await both(`/api/public/catalogue-entries?parent=${fx.catalogue.id}`)
    expect(children.body.docs.map((doc: any) => doc.code)).toEqual(['04-01'])
    const departments = await both('/api/public/departments')
    expect(departments.body.docs.map((doc: any) => doc.name)).toEqual(['市財政局', '市教育局'])
    expect((await both(`/api/public/departments/${fx.deptB.id}`)).body).toMatchObject({ id: fx.deptB.id, code: '113702000002' })
  })

  it('answers 404 for records the public may not see, exactly as for ones that do not exist', async () => {
    for (const id of [ids.draft, ids.onRequest, 999999]) {
      const response = await both(`/api/public/disclosures/${id}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('answers GraphQL reads with the public set only, by GET and by POST', async () => {
    const query = 'query($limit: Int) { Disclosures(limit: $limit, sort: "title") { totalDocs docs { id title } } }'
    const posted = await both('/api/public/graphql', postJson({ query, variables: { limit: 10 } }))
    expect(posted.status).toBe(200)
    expect(posted.body.data.Disclosures.totalDocs).toBe(3)
    const got = await both(`/api/public/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"limit":10}')}`)
    expect(got.body).toEqual(posted.body)
    const hidden = await both('/api/public/graphql', postJson({ query: `{ Disclosure(id: ${JSON.stringify(ids.draft)}) { id title } }` }))
    expect(hidden.body.data?.Disclosure ?? null).toBeNull()
  })

  it('sends ETag and Cache-Control, and 304 for an unchanged resource', async () => {
    const first = await both('/api/public/disclosures?limit=5')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const again = await both('/api/public/disclosures?limit=5', { headers: { 'If-None-Match': etag as string } })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    const stale = await both('/api/public/disclosures?limit=5', { headers: { 'If-None-Match': '"not-this-one"' } })
    expect(stale.status).toBe(200)
  })

  it('answers CORS preflights and is read-only', async () => {
    const preflight = await both('/api/public/disclosures', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.qingdao.gov.cn', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const write = await both('/api/public/disclosures', postJson({ title: '偽造' }))
    expect(write.status).toBe(405)
  })

  it('answers only the configured origins when CORS is restricted', async () => {
    const { createPublicApi } = await import('../../src/plugins/publicApi/handler.js')
    const api = createPublicApi(app.payload, { corsOrigins: ['https://www.qingdao.gov.cn'] })
    const ask = (origin: string, method = 'GET') =>
      api.handle(
        new Request('http://localhost/api/public/departments', {
          method,
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        }),
      )
    const allowed = await ask('https://www.qingdao.gov.cn')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.qingdao.gov.cn')
    expect(allowed.headers.get('vary')).toBe('Origin')
    const other = await ask('https://evil.example')
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await ask('https://evil.example', 'OPTIONS')
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const { publicApiOptionsFromEnv } = await import('../../src/config/publicApi.js')
    expect(publicApiOptionsFromEnv({ PUBLIC_CORS_ORIGINS: 'https://a.gov.cn, https://b.gov.cn' }).corsOrigins).toEqual([
      'https://a.gov.cn',
      'https://b.gov.cn',
    ])
  })

  it('serves the OpenAPI document of every public endpoint', async () => {
    const response = await both('/api/openapi.json')
    expect(response.body.openapi).toBe('3.1.0')
    const paths = Object.keys(response.body.paths)
    for (const slug of ['disclosures', 'interpretations', 'catalogue-entries', 'departments']) {
      expect(paths).toEqual(expect.arrayContaining([`/api/public/${slug}`, `/api/public/${slug}/count`, `/api/public/${slug}/{id}`]))
    }
    expect(paths).toEqual(expect.arrayContaining(['/api/public/graphql', '/api/media/file/{filename}']))
    const listParams = response.body.paths['/api/public/disclosures'].get.parameters.map((param: any) => param.name ?? param.$ref)
    expect(listParams.join(' ')).toMatch(/catalogue/)
  })

  describe('refusals name the problem', () => {
    const refused = async (path: string, init: RequestInit | undefined, status: number, pattern: RegExp, param?: string) => {
      const response = await both(path, init)
      expect([path, response.status]).toEqual([path, status])
      expect(response.body.errors[0].message).toMatch(pattern)
      if (param) expect(response.body.errors[0].param).toBe(param)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }

    it('a bad filter', async () => {
      await refused('/api/public/disclosures?genre=poem', undefined, 400, /genre: unknown value poem/, 'genre')
      await refused('/api/public/disclosures?topic=99', undefined, 400, /topic/, 'topic')
      await refused('/api/public/disclosures?from=2014-02-30', undefined, 400, /from: "2014-02-30" is not a date/, 'from')
      await refused('/api/public/disclosures?to=2014-13-45', undefined, 400, /to: "2014-13-45" is not a date/, 'to')
      await refused('/api/public/disclosures?department=abc;drop', undefined, 400, /department/, 'department')
      await refused('/api/public/disclosures?sort=reason', undefined, 400, /cannot sort by "reason"/, 'sort')
      await refused('/api/public/disclosures?select=title,disclosure', undefined, 400, /unknown field disclosure/, 'select')
      await refused('/api/public/disclosures?where[disclosure.attribute][equals]=on_request', undefined, 400, /named filters, not where/)
      await refused('/api/public/disclosures?reason=x', undefined, 400, /unknown parameter/, 'reason')
    })

    it('an oversized page', async () => {
      await refused('/api/public/disclosures?limit=101', undefined, 400, /limit: page size 101 exceeds the maximum of 100/, 'limit')
      await refused('/api/public/disclosures?depth=3', undefined, 400, /depth/, 'depth')
      await refused('/api/public/graphql', postJson({ query: '{ Disclosures(limit: 1000) { docs { id } } }' }), 400, /limit/)
      await refused('/api/public/graphql', postJson({ query: '{ Disclosures(pagination: false) { docs { id } } }' }), 400, /pagination/)
    })

    it('a too-deep or too-complex GraphQL query', async () => {
      const deep =
        '{ Disclosures { docs { validity { replacedBy { validity { replacedBy { validity { replacedBy { validity { replacedBy { id } } } } } } } } } } }'
      await refused('/api/public/graphql', postJson({ query: deep }), 400, /depth/i)
      const wide = `{ ${Array.from({ length: 6 }, (_, i) => `q${i}: Disclosures(limit: 100) { docs { id title summary publishedAt writtenAt indexNumber documentNumber keywords topic genre } }`).join(' ')} }`
      await refused('/api/public/graphql', postJson({ query: wide }), 400, /cost|complex/i)
    })

    it('a malformed query, a mutation, or a body that is not JSON', async () => {
      await refused('/api/public/graphql', postJson({ query: '{ Disclosures { docs { id ' }), 400, /Syntax Error/)
      await refused('/api/public/graphql', postJson({ query: '{ Disclosures { docs { reasonForSecrecy } } }' }), 400, /reasonForSecrecy/)
      await refused('/api/public/graphql', postJson({ query: 'mutation { deleteDisclosure(id: 1) { id } }' }), 405, /read-only|mutation/i)
      await refused(
        '/api/public/graphql',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query": ' },
        400,
        /not JSON/,
        'body',
      )
      await refused(
        '/api/public/graphql',
        postJson({ query: '{ Disclosures { docs { id } } }', padding: 'x'.repeat(70_000) }),
        413,
        /larger than/,
      )
    })
  })
})
