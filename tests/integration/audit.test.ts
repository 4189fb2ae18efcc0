import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { graphql, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §3 audit-log: decisions are recorded, and the record cannot be changed by anyone. */
describe('the audit log', () => {
  let app: TestApp
  let fx: Fixture
  let recordId: number | string

  beforeAll(async () => {
    app = await bootApp('audit')
    fx = await buildFixture(app.payload)
    const editor = as(app.payload, fx.editorA)
    const doc = await editor.create('disclosures', recordData(fx, { disclosure: { attribute: 'on_request', reason: '涉及個人信息' } }))
    recordId = doc.id
    await editor.update('disclosures', doc.id, { disclosure: { attribute: 'proactive', reason: null } }, true)
    await app.payload.update({
      collection: 'disclosures',
      id: doc.id,
      draft: true,
      data: { secrecyReview: { status: 'rejected', opinion: '附件含身份證號' } } as any,
      user: fx.reviewerA.user,
      overrideAccess: false,
    })
    await editor.update('disclosures', doc.id, { summary: '已刪除身份證號' }, true)
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id, '已核')
    await editor.publish('disclosures', doc.id)
    await editor.update('disclosures', doc.id, { _status: 'draft' })
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const entries = async () =>
    (
      await app.payload.find({
        collection: 'audit-log',
        where: { documentId: { equals: String(recordId) } },
        sort: 'at',
        limit: 100,
        depth: 0,
      })
    ).docs

  it('records the index number, attribute decisions, review results, publish and unpublish, with who and from → to', async () => {
    const log = await entries()
    const actions = log.map((entry) => entry.action)
    // The first two are written by one save and may share a timestamp.
    expect(actions.slice(0, 2).sort()).toEqual(['attribute_decided', 'index_number_assigned'])
    expect(actions.slice(2)).toEqual(['attribute_changed', 'review_rejected', 'review_reset', 'review_passed', 'published', 'unpublished'])
    expect(log.find((entry) => entry.action === 'attribute_decided')).toMatchObject({
      user: fx.editorA.id,
      to: 'on_request',
      note: expect.stringContaining('涉及個人信息'),
      targetCollection: 'disclosures',
    })
    expect(log[2]).toMatchObject({ from: 'on_request', to: 'proactive' })
    expect(log[3]).toMatchObject({ user: fx.reviewerA.id, to: 'rejected', note: '附件含身份證號' })
    expect(log[6]).toMatchObject({ user: fx.editorA.id, action: 'published' })
  })

  it('keeps the record title and the actor name as they were, so an entry reads without opening anything', async () => {
    const log = await entries()
    expect(new Set(log.map((entry) => entry.documentTitle))).toEqual(new Set(['關於2014年市級財政預算執行情況的報告']))
    expect(log.find((entry) => entry.action === 'review_rejected')).toMatchObject({ userName: 'reviewer-a', departmentName: '市財政局' })
  })

  it('refuses every change and deletion through REST and GraphQL, even for an admin', async () => {
    const [entry] = await entries()
    for (const token of [fx.admin.token, fx.office.token, fx.editorA.token]) {
      expect((await rest(app.config, 'PATCH', `/audit-log/${entry.id}`, { token, body: { note: '改寫' } })).status).toBe(403)
      expect((await rest(app.config, 'DELETE', `/audit-log/${entry.id}`, { token })).status).toBe(403)
      expect(
        (
          await rest(app.config, 'POST', '/audit-log', {
            token,
            body: { action: 'published', targetCollection: 'disclosures', documentId: '1', at: new Date().toISOString() },
          })
        ).status,
      ).toBe(403)
    }
    const mutation = await graphql(app.config, `mutation { deleteAuditLog(id: ${entry.id}) { id } }`, { token: fx.admin.token })
    expect(mutation.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const bulk = await rest(app.config, 'DELETE', `/audit-log?where[id][exists]=true`, { token: fx.admin.token })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect(await entries()).toHaveLength(8)
  })

  it('refuses changes and deletions through the Local API too, with or without access control', async () => {
    const [entry] = await entries()
    await expect(
      app.payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { note: '改寫' } as any,
        user: fx.admin.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(app.payload.update({ collection: 'audit-log', id: entry.id, data: { note: '改寫' } as any })).rejects.toMatchObject({
      status: 403,
    })
    await expect(app.payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toMatchObject({ status: 403 })
    expect((await app.payload.findByID({ collection: 'audit-log', id: entry.id })).note).toBe(entry.note)
  })

  it('shows a department its own entries only', async () => {
    const own = await rest(app.config, 'GET', '/audit-log?limit=100', { token: fx.editorA.token })
    expect(own.body.totalDocs).toBeGreaterThan(0)
    const other = await rest(app.config, 'GET', '/audit-log?limit=100', { token: fx.editorB.token })
    expect(other.body.totalDocs).toBe(0)
  })
})
