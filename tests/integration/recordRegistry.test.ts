import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Payload, SanitizedConfig } from 'payload'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from '../../src/config/database.js'
import type { RecordDefinition } from '../../src/index.js'
import {
  createPublicApi,
  disclosurePlugin,
  gongkaiPlugin,
  memoryCache,
  noCache,
  publicApiPlugin,
  recordsPlugin,
  searchPlugin,
} from '../../src/index.js'
import type { PublicCache } from '../../src/index.js'
import { errorText, rest } from '../helpers/api.js'
import { freshDatabaseUri } from '../helpers/database.js'

/** A record collection of the host's own: only the fields it needs, nothing wired by hand. */
const Notices: CollectionConfig = {
  slug: 'notices',
  versions: { drafts: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true },
  ],
}

const noticeRecord = {
  slug: 'notices',
  mediaRefs: false,
  search: { text: ['body'], catalogue: false, result: [] },
} as unknown as RecordDefinition

type Row = Record<string, any>
/** The host's collections are not in this app's generated types: call its Local API untyped. */
type HostLocalAPI = Record<'create' | 'update' | 'find', (args: Record<string, unknown>) => Promise<Row>>

describe('a record collection registered by the host', () => {
  let payload: Payload
  let config: SanitizedConfig
  const host = () => payload as unknown as HostLocalAPI
  const users: Record<string, Row> = {}
  let department: Row
  /** Each invalidation of the public cache, with the search rows of notices as they were at that moment. */
  const invalidations: Row[][] = []

  const searchRowsOf = async (id?: unknown): Promise<Row[]> =>
    (
      await host().find({
        collection: 'search-index',
        where: { key: { like: id === undefined ? 'notices:' : `notices:${id}` } },
        depth: 0,
        pagination: false,
      })
    ).docs

  const spyCache = (): PublicCache => {
    const cache = memoryCache()
    return {
      ...cache,
      kind: cache.kind,
      invalidate: async () => {
        invalidations.push(await searchRowsOf())
        await cache.invalidate()
      },
    }
  }

  const draftNotice = (title: string, data: Row = {}) =>
    host().create({
      collection: 'notices',
      draft: true,
      data: { title, body: `${title}的正文：自來水管道檢修`, department: department.id, ...data },
      user: users.editor,
      overrideAccess: false,
    })
  const pass = (id: unknown) =>
    host().update({
      collection: 'notices',
      id,
      draft: true,
      data: { secrecyReview: { status: 'passed' } },
      user: users.reviewer,
      overrideAccess: false,
    })
  const publish = (id: unknown) => rest(config, 'PATCH', `/notices/${id}`, { token: users.editor.token, body: { _status: 'published' } })

  beforeAll(async () => {
    config = await buildConfig({
      secret: 'test-secret-for-a-registered-record-0000',
      // Its schema is not this app's migration chain: pushed, as a host app in development would.
      db: await databaseAdapter(await freshDatabaseUri('registry'), { push: true }),
      editor: lexicalEditor(),
      sharp,
      collections: [Notices],
      plugins: [
        gongkaiPlugin({ organisation: { passwordResetInterval: 0 }, records: { records: [noticeRecord] }, publicApi: { cache: spyCache } }),
      ],
    })
    payload = await getPayload({ config, key: 'registry' } as any)
    department = await payload.create({ collection: 'departments', data: { name: '某區水務局', code: 'REG01', level: 'district' } as any })
    for (const [key, roles] of [
      ['editor', ['editor']],
      ['reviewer', ['reviewer']],
    ] as const) {
      const email = `${key}@registry.localhost`
      const user = await payload.create({
        collection: 'users',
        data: { email, password: 'registry-password', name: key, roles, departments: [department.id] } as any,
      })
      const { token } = await payload.login({ collection: 'users', data: { email, password: 'registry-password' } })
      users[key] = { ...user, collection: 'users', token }
    }
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('gains the disclosure attribute: a save without it is refused', async () => {
    const response = await rest(config, 'POST', '/notices?draft=true', {
      token: users.editor.token,
      body: { title: '停水通知', department: department.id },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('disclosure.attribute')
  })

  it("gains the secrecy review: publishing is refused without a pass, and works after a reviewer's", async () => {
    const notice = await draftNotice('停水通知', { disclosure: { attribute: 'proactive' } })
    const refused = await publish(notice.id)
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain('secrecyReview.status')
    await pass(notice.id)
    expect((await publish(notice.id)).status).toBe(200)
  })

  it('is visible to the anonymous REST caller only when published, proactive and passed', async () => {
    const proactive = await draftNotice('恢復供水通知', { disclosure: { attribute: 'proactive' } })
    const onRequest = await draftNotice('管網改造內部安排', { disclosure: { attribute: 'on_request', reason: '涉及施工安排，依申請公開' } })
    for (const notice of [proactive, onRequest]) await pass(notice.id)
    expect((await rest(config, 'GET', `/notices/${proactive.id}`)).status).toBe(404)
    expect((await rest(config, 'GET', `/notices/${proactive.id}?draft=true`)).status).toBe(404)

    expect((await publish(proactive.id)).status).toBe(200)
    const refused = await publish(onRequest.id)
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain('disclosure.attribute')
    const anonymous = await rest(config, 'GET', '/notices?limit=100')
    const ids = anonymous.body.docs.map((doc: Row) => doc.id)
    expect(ids).toContain(proactive.id)
    expect(ids).not.toContain(onRequest.id)
    expect(anonymous.body.docs[0].secrecyReview).toBeUndefined()

    // The read rule is a lock of its own: a published row whose attribute changed outside the hooks is hidden.
    await payload.db.updateOne({ collection: 'notices', id: proactive.id, data: { disclosure: { attribute: 'on_request' } } } as any)
    expect((await rest(config, 'GET', `/notices/${proactive.id}`)).status).toBe(404)
  })

  it('gets its search row on publish and a tombstone on unpublish, each written before the public cache is invalidated', async () => {
    const notice = await draftNotice('停電檢修公告', { disclosure: { attribute: 'proactive' } })
    await pass(notice.id)
    expect(await searchRowsOf(notice.id)).toEqual([])

    const before = invalidations.length
    expect((await publish(notice.id)).status).toBe(200)
    const [row] = await searchRowsOf(notice.id)
    expect(row).toMatchObject({ record: 'notices', recordId: String(notice.id), title: '停電檢修公告', removed: false })
    expect(row.text).toContain('自來水管道檢修')
    expect(row.department).toBe(String(department.id))
    expect(invalidations.length).toBeGreaterThan(before)
    // The invalidation that followed the publish already saw the row.
    expect(invalidations.at(-1)!.find((candidate) => candidate.recordId === String(notice.id))).toMatchObject({ removed: false })
    // The public API's /api/search (the search plugin's route, contributed through the config) finds it by type.
    const api = createPublicApi(payload, { cache: noCache() })
    const found = async () =>
      ((await (await api.handle(new Request('http://localhost/api/search?q=停電檢修&type=notices'))).json()).docs as Row[]).filter(
        (doc) => doc.id === notice.id,
      )
    expect((await found()).map((doc) => [doc.type, doc.title])).toEqual([['notices', '停電檢修公告']])

    const unpublished = await rest(config, 'PATCH', `/notices/${notice.id}`, { token: users.editor.token, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(200)
    expect((await searchRowsOf(notice.id))[0]).toMatchObject({ removed: true, text: '' })
    expect(invalidations.at(-1)!.find((candidate) => candidate.recordId === String(notice.id))).toMatchObject({ removed: true })
    expect(await found()).toEqual([])
  })

  it('leaves the search row and the cache alone when a draft that was never public is saved', async () => {
    const notice = await draftNotice('內部草稿', { disclosure: { attribute: 'proactive' } })
    const before = invalidations.length
    await host().update({
      collection: 'notices',
      id: notice.id,
      draft: true,
      data: { title: '內部草稿（修訂）' },
      user: users.editor,
      overrideAccess: false,
    })
    expect(await searchRowsOf(notice.id)).toEqual([])
    expect(invalidations.length).toBe(before)
  })
})

describe('plugins installed out of order', () => {
  it('fail at start, naming the order that works, instead of attaching to nothing', async () => {
    const order =
      /organisationPlugin\(\), recordsPlugin\(\), disclosurePlugin\(\), publicApiPlugin\(\), searchPlugin\(\), apiLimitsPlugin\(\)/
    expect(() => publicApiPlugin()({ collections: [Notices] } as any)).toThrow(order)
    expect(() => searchPlugin()({ collections: [Notices] } as any)).toThrow(order)
    expect(() => recordsPlugin()({ collections: [Notices] } as any)).toThrow(order)
    expect(() => disclosurePlugin()({ collections: [Notices] } as any)).toThrow(order)
  })
})
