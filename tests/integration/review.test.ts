import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, graphql, rest } from '../helpers/api.js'
import { type Fixture, type Staff, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §4.2: the secrecy review and its publish gate, on every path including the scheduled job. */
describe('the secrecy review before anything is public', () => {
  let app: TestApp
  let fx: Fixture
  let reviewingEditor: Staff

  beforeAll(async () => {
    app = await bootApp('review')
    fx = await buildFixture(app.payload)
    const user = await app.payload.create({
      collection: 'users',
      data: {
        email: 'both-a@test.localhost',
        password: 'test-password-only',
        roles: ['editor', 'reviewer'],
        departments: [fx.deptA.id],
      } as any,
    })
    const { token } = await app.payload.login({
      collection: 'users',
      data: { email: 'both-a@test.localhost', password: 'test-password-only' },
    })
    reviewingEditor = { id: user.id, email: user.email, token: token as string, user: { ...user, collection: 'users' } }
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const draft = () => as(app.payload, fx.editorA).create('disclosures', recordData(fx))
  const mainDoc = (id: number | string): Promise<Record<string, any>> => app.payload.findByID({ collection: 'disclosures', id, depth: 0 })
  const latest = (id: number | string): Promise<Record<string, any>> =>
    app.payload.findByID({ collection: 'disclosures', id, depth: 0, draft: true })

  it('refuses publishing without a passed review through REST, GraphQL and the Local API', async () => {
    const doc = await draft()
    const viaRest = await rest(app.config, 'PATCH', `/disclosures/${doc.id}`, { token: fx.editorA.token, body: { _status: 'published' } })
    expect(viaRest.status).toBe(400)
    expect(errorText(viaRest.body)).toContain('secrecyReview.status')

    const viaGraphql = await graphql(app.config, `mutation { updateDisclosure(id: ${doc.id}, data: { _status: published }) { id } }`, {
      token: fx.editorA.token,
    })
    expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(errorText(viaGraphql.body)).toContain('secrecyReview.status')

    await expect(as(app.payload, fx.editorA).publish('disclosures', doc.id)).rejects.toMatchObject({ status: 400 })
    expect((await mainDoc(doc.id))._status).toBe('draft')
  })

  it('refuses creating a record already published', async () => {
    const response = await rest(app.config, 'POST', '/disclosures', {
      token: fx.editorA.token,
      body: { ...recordData(fx), _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('secrecyReview.status')
  })

  it('publishes once a reviewer of the department has passed the unchanged record, and logs both', async () => {
    const doc = await draft()
    const passed = await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    expect(passed.secrecyReview).toMatchObject({
      status: 'passed',
      reviewer: fx.reviewerA.id,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    const published = await as(app.payload, fx.editorA).publish('disclosures', doc.id)
    expect(published._status).toBe('published')
    expect(published.publishedAt).toEqual(expect.any(String))
  })

  it('does not let a reviewer pass their own record', async () => {
    const doc = await as(app.payload, reviewingEditor).create('disclosures', recordData(fx))
    const response = await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, {
      token: reviewingEditor.token,
      body: { secrecyReview: { status: 'passed' } },
    })
    expect(response.status).toBe(403)
    expect(errorText(response.body)).toContain('review.fourEyes')
    expect((await latest(doc.id)).secrecyReview.status).toBe('pending')
  })

  it('does not let a reviewer pass a record they edited last', async () => {
    const doc = await draft()
    await as(app.payload, reviewingEditor).update('disclosures', doc.id, { summary: '審查員補充的概述' }, true)
    await expect(as(app.payload, reviewingEditor).pass('disclosures', doc.id)).rejects.toMatchObject({ status: 403 })
    await expect(as(app.payload, fx.reviewerA).pass('disclosures', doc.id)).resolves.toMatchObject({ secrecyReview: { status: 'passed' } })
  })

  it('does not let a user without the reviewer role set a review result, on any path', async () => {
    const doc = await draft()
    await expect(as(app.payload, fx.editor2A).pass('disclosures', doc.id)).rejects.toMatchObject({ status: 403 })
    const viaRest = await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, {
      token: fx.editor2A.token,
      body: { secrecyReview: { status: 'rejected' } },
    })
    expect(viaRest.status).toBe(403)
    expect(errorText(viaRest.body)).toContain('secrecyReview.status')
    const viaGraphql = await graphql(
      app.config,
      `mutation { updateDisclosure(id: ${doc.id}, draft: true, data: { secrecyReview: { status: passed } }) { id } }`,
      { token: fx.office.token },
    )
    expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await latest(doc.id)).secrecyReview.status).toBe('pending')
  })

  it('does not let a reviewer of another department review', async () => {
    const doc = await draft()
    const response = await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, {
      token: fx.reviewerB.token,
      body: { secrecyReview: { status: 'passed' } },
    })
    expect([403, 404]).toContain(response.status)
    expect((await latest(doc.id)).secrecyReview.status).toBe('pending')
  })

  it('ignores a caller-supplied reviewer, time and hash', async () => {
    const doc = await draft()
    const passed: Record<string, any> = await app.payload.update({
      collection: 'disclosures',
      id: doc.id,
      draft: true,
      data: {
        secrecyReview: { status: 'passed', reviewer: fx.admin.id, contentHash: 'forged', reviewedAt: '2000-01-01T00:00:00.000Z' },
      } as any,
      user: fx.reviewerA.user,
      overrideAccess: false,
      depth: 0,
    })
    expect(passed.secrecyReview.reviewer).toBe(fx.reviewerA.id)
    expect(passed.secrecyReview.contentHash).not.toBe('forged')
    expect(passed.secrecyReview.reviewedAt).not.toBe('2000-01-01T00:00:00.000Z')
  })

  it('sends an edited record back to pending, and the edited version cannot be published', async () => {
    const doc = await draft()
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    await as(app.payload, fx.editorA).publish('disclosures', doc.id)

    const edited = await as(app.payload, fx.editorA).update('disclosures', doc.id, { title: '修改後的標題' }, true)
    expect(edited.secrecyReview).toMatchObject({ status: 'pending', reviewer: null, contentHash: null })
    const response = await rest(app.config, 'PATCH', `/disclosures/${doc.id}`, { token: fx.editorA.token, body: { _status: 'published' } })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('secrecyReview')
    expect((await mainDoc(doc.id)).title).toBe(recordData(fx).title)

    // Editing and publishing in one save is refused too: the edit resets the review first.
    const both = await rest(app.config, 'PATCH', `/disclosures/${doc.id}`, {
      token: fx.editorA.token,
      body: { title: '再次修改', _status: 'published' },
    })
    expect(both.status).toBe(400)
    expect((await mainDoc(doc.id)).title).toBe(recordData(fx).title)
  })

  it('keeps publishedAt: an editor can neither clear it to delete a once-public record nor backdate it', async () => {
    const doc = await draft()
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    const published = await as(app.payload, fx.editorA).publish('disclosures', doc.id)
    await as(app.payload, fx.editorA).update('disclosures', doc.id, { _status: 'draft', publishedAt: null })
    await as(app.payload, fx.editorA).update('disclosures', doc.id, { publishedAt: '2001-01-01T00:00:00.000Z' }, true)
    expect((await latest(doc.id)).publishedAt).toBe(published.publishedAt)
    const deleted = await rest(app.config, 'DELETE', `/disclosures/${doc.id}`, { token: fx.editorA.token })
    expect([403, 404]).toContain(deleted.status)
    expect((await mainDoc(doc.id)).id).toBe(doc.id)
  })

  it('does not send the record back to review for a workflow change such as validity', async () => {
    const doc = await draft()
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    await as(app.payload, fx.editorA).publish('disclosures', doc.id)
    const repealed = await as(app.payload, fx.editorA).update('disclosures', doc.id, { validity: { status: 'repealed' } })
    expect(repealed).toMatchObject({ _status: 'published', secrecyReview: { status: 'passed' }, validity: { status: 'repealed' } })
  })

  it('blocks publishing while an agency confirmation is pending, until that agency confirms', async () => {
    const doc = await draft()
    await as(app.payload, fx.editorA).update(
      'disclosures',
      doc.id,
      { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } },
      true,
    )
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    const blocked = await rest(app.config, 'PATCH', `/disclosures/${doc.id}`, { token: fx.editorA.token, body: { _status: 'published' } })
    expect(blocked.status).toBe(400)
    expect(errorText(blocked.body)).toContain('secrecyReview.agencyConfirmations')

    const rows = (await latest(doc.id)).secrecyReview.agencyConfirmations
    const confirm = (status: string) => ({ secrecyReview: { agencyConfirmations: rows.map((row: any) => ({ ...row, status })) } })
    await expect(as(app.payload, fx.editorA).update('disclosures', doc.id, confirm('confirmed'), true)).rejects.toMatchObject({
      status: 403,
    })
    const confirmed = await as(app.payload, fx.editorB).update('disclosures', doc.id, confirm('confirmed'), true)
    expect(confirmed.secrecyReview.agencyConfirmations[0]).toMatchObject({ status: 'confirmed', confirmedBy: fx.editorB.id })
    expect(confirmed.secrecyReview.status).toBe('passed')
    await expect(as(app.payload, fx.editorA).publish('disclosures', doc.id)).resolves.toMatchObject({ _status: 'published' })
  })

  describe('scheduled publishing', () => {
    const schedule = async (id: number | string, by: Staff) =>
      app.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'disclosures', value: String(id) },
          user: { relationTo: 'users', value: by.id },
        } as any,
        waitUntil: new Date(Date.now() - 1000),
      })

    it('refuses, when the job runs, to publish a record that was never reviewed', async () => {
      const doc = await draft()
      const job = await schedule(doc.id, fx.editorA)
      await app.payload.jobs.run()
      expect((await mainDoc(doc.id))._status).toBe('draft')
      const after = await app.payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(after.hasError).toBe(true)
      expect(JSON.stringify(after.log ?? after.error)).toContain('保密审查尚未通过，不能发布。')
    })

    it('refuses, when the job runs, a record edited after its review', async () => {
      const doc = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      await schedule(doc.id, fx.editorA)
      await as(app.payload, fx.editorA).update('disclosures', doc.id, { summary: '排程後修改' }, true)
      await app.payload.jobs.run()
      expect((await mainDoc(doc.id))._status).toBe('draft')
    })

    it('publishes a reviewed record when the job runs', async () => {
      const doc = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      await schedule(doc.id, fx.editorA)
      await app.payload.jobs.run()
      expect((await mainDoc(doc.id))._status).toBe('published')
    })
  })
})
