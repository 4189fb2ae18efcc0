import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from '../../src/config/database.js'
import { disclosurePlugin, gongkaiSuitePlugin } from '../../src/index.js'
import { errorText, rest } from '../helpers/api.js'
import { freshDatabaseUri } from '../helpers/database.js'

/** The host app's own collection, with its own access rule and hook, that the suite did not create. */
const Notices: CollectionConfig = {
  slug: 'notices',
  versions: { drafts: true },
  access: { read: () => ({ archived: { not_equals: true } }) },
  hooks: {
    beforeChange: [
      ({ data }) => {
        data.slug = String(data.title ?? '').length
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text' },
    { name: 'archived', type: 'checkbox' },
  ],
}

const HostUsers: CollectionConfig = { slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] }

/** The host's collections are not in this app's generated types: call its Local API untyped. */
type HostLocalAPI = Record<'create' | 'update' | 'findByID', (args: Record<string, unknown>) => Promise<Record<string, any>>>

describe('the suite installed into a foreign Payload config', () => {
  let payload: Payload
  const host = () => payload as unknown as HostLocalAPI
  let config: SanitizedConfig
  const users: Record<string, any> = {}
  let department: any

  beforeAll(async () => {
    config = await buildConfig({
      secret: 'test-secret-for-a-foreign-config-0000',
      // Its schema is not this app's migration chain: pushed, as a host app in development would.
      db: await databaseAdapter(await freshDatabaseUri('foreign'), { push: true }),
      editor: lexicalEditor(),
      sharp,
      collections: [HostUsers, Notices],
      plugins: [
        gongkaiSuitePlugin({ indexNumberPattern: 'HOST-{code}-{YYYY}-{NNN}' }),
        disclosurePlugin({ collections: ['disclosures', 'interpretations', 'notices' as CollectionSlug] }),
      ],
    })
    payload = await getPayload({ config, key: 'foreign' } as any)
    department = await payload.create({
      collection: 'departments',
      data: { name: '某區政府辦公室', code: 'HOST01', level: 'district' } as any,
    })
    for (const [key, roles] of [
      ['editor', ['editor']],
      ['reviewer', ['reviewer']],
    ] as const) {
      const email = `${key}@host.localhost`
      const user = await payload.create({
        collection: 'users',
        data: { email, password: 'host-password', roles, departments: [department.id], nickname: key } as any,
      })
      const { token } = await payload.login({ collection: 'users', data: { email, password: 'host-password' } })
      users[key] = { ...user, collection: 'users', token }
    }
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it("extends the host's users with roles and departments, keeping its own fields", async () => {
    const me = await host().findByID({ collection: 'users', id: users.editor.id, depth: 0 })
    expect(me).toMatchObject({ nickname: 'editor', roles: ['editor'], departments: [department.id] })
  })

  it('enforces the attribute rule on the host collection, drafts included', async () => {
    const response = await rest(config, 'POST', '/notices?draft=true', {
      token: users.editor.token,
      body: { title: '停水通知', department: department.id },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('disclosure.attribute')
  })

  it("runs the host's own hook and gates publishing behind the review", async () => {
    const created = await host().create({
      collection: 'notices',
      draft: true,
      data: { title: '停水通知', department: department.id, disclosure: { attribute: 'proactive' } } as any,
      user: users.editor,
      overrideAccess: false,
    })
    expect(created.slug).toBe('4')
    const refused = await rest(config, 'PATCH', `/notices/${created.id}`, { token: users.editor.token, body: { _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain('secrecyReview.status')

    await host().update({
      collection: 'notices',
      id: created.id,
      draft: true,
      data: { secrecyReview: { status: 'passed' } } as any,
      user: users.reviewer,
      overrideAccess: false,
    })
    const published = await rest(config, 'PATCH', `/notices/${created.id}`, { token: users.editor.token, body: { _status: 'published' } })
    expect(published.status).toBe(200)

    const anonymous = await rest(config, 'GET', '/notices')
    expect(anonymous.body.docs.map((doc: any) => doc.id)).toEqual([created.id])
    expect(anonymous.body.docs[0].secrecyReview).toBeUndefined()
  })

  it("ANDs its access with the host's own rule instead of replacing it", async () => {
    const created = await host().create({
      collection: 'notices',
      draft: true,
      data: { title: '已歸檔通知', archived: true, department: department.id, disclosure: { attribute: 'proactive' } } as any,
      user: users.editor,
      overrideAccess: false,
    })
    await host().update({
      collection: 'notices',
      id: created.id,
      draft: true,
      data: { secrecyReview: { status: 'passed' } } as any,
      user: users.reviewer,
      overrideAccess: false,
    })
    const published = await host().update({
      collection: 'notices',
      id: created.id,
      data: { _status: 'published' } as any,
      user: users.editor,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    const anonymous = await rest(config, 'GET', `/notices/${created.id}`)
    expect(anonymous.status).toBe(404)
  })

  it('uses the configured index number pattern', async () => {
    const record = await host().create({
      collection: 'disclosures',
      draft: true,
      data: {
        title: '區政府工作報告',
        department: department.id,
        writtenAt: '2014-07-24T04:00:00.000Z',
        disclosure: { attribute: 'proactive' },
      } as any,
      user: users.editor,
      overrideAccess: false,
    })
    expect(record.indexNumber).toBe('HOST-HOST01-2014-001')
  })
})
