import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { errorText, graphql, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedInterpretation, publishedRecord, recordData, recordSteps } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount } from '../helpers/publicMounts.js'

/**
 * Attacks on the publication lifecycle (issue 11): a draft save is told from an unpublish by the
 * operation's `draft` flag, no longer by re-reading the stored row. Each test tries a path the re-read
 * handled and asserts the safe outcome: public reads and search show exactly what is published, and
 * nobody but the owning department changes whether a record is public.
 */
describe('the publication lifecycle under attack', () => {
  let app: TestApp
  let fx: Fixture
  let mount: Mount
  const savedRateLimit = process.env.PUBLIC_SEARCH_RATE_LIMIT

  beforeAll(async () => {
    process.env.PUBLIC_SEARCH_RATE_LIMIT = '0'
    app = await bootApp('lifecycle_attack')
    fx = await buildFixture(app.payload)
    mount = await leanMount(app.payload)
  })
  afterAll(async () => {
    await mount?.close()
    await app?.payload.destroy()
    if (savedRateLimit === undefined) delete process.env.PUBLIC_SEARCH_RATE_LIMIT
    else process.env.PUBLIC_SEARCH_RATE_LIMIT = savedRateLimit
  })

  const steps = () => recordSteps(app, fx)
  const publicStatus = async (slug: 'disclosures' | 'interpretations', id: number | string) =>
    (await mount.fetch(`/api/public/${slug}/${id}`)).status
  const publicTitle = async (id: number | string) => (await mount.fetch(`/api/public/disclosures/${id}`)).body.title
  const searchHits = async (term: string): Promise<string[]> =>
    (await mount.fetch(`/api/search?q=${encodeURIComponent(term)}`)).body.docs.map((doc: any) => `${doc.type}:${doc.id}`)
  const versionsOf = async (id: number | string) =>
    (await app.payload.findVersions({ collection: 'disclosures', where: { parent: { equals: id } }, sort: 'createdAt', depth: 0 })).docs

  /** A published record that asked department B to confirm (B confirmed before A published). */
  const publishedAsking = async (title: string) => {
    const doc = await steps().draft({ title, secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } })
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    const [row] = (await steps().latest(doc.id)).secrecyReview.agencyConfirmations
    const confirm = await steps().patch(
      doc.id,
      fx.editorB.token,
      { secrecyReview: { agencyConfirmations: [{ ...row, status: 'confirmed' }] } },
      true,
    )
    expect(confirm.status).toBe(200)
    expect((await steps().patch(doc.id, fx.editorA.token, { _status: 'published' })).status).toBe(200)
    return steps().main(doc.id)
  }

  describe('restoring a version', () => {
    it('restoring an old version as a draft leaves the policy and its interpretation published, public and found', async () => {
      const policy = await publishedRecord(app.payload, fx, { title: '恢復草稿攻擊的政策' })
      const interpretation = await publishedInterpretation(app.payload, fx, [policy.id], { title: '恢復草稿攻擊的解讀' })
      expect(await searchHits('恢复草稿攻击')).toEqual(
        expect.arrayContaining([`disclosures:${policy.id}`, `interpretations:${interpretation.id}`]),
      )
      // The version its publication wrote: the same content and review, restored as a draft.
      const versions = await versionsOf(policy.id)
      const published = versions[versions.length - 1]
      expect(published.version._status).toBe('published')
      const restored = await rest(app.config, 'POST', `/disclosures/versions/${published.id}?draft=true`, { token: fx.editorA.token })
      expect({ status: restored.status, body: restored.status === 200 ? null : restored.body }).toEqual({ status: 200, body: null })
      expect((await steps().main(policy.id))._status).toBe('published')
      // A draft restore is a draft save: nothing was unpublished, so the cascade must not withdraw the interpretation.
      expect((await app.payload.findByID({ collection: 'interpretations', id: interpretation.id, depth: 0 }))._status).toBe('published')
      expect(await publicStatus('disclosures', policy.id)).toBe(200)
      expect(await publicStatus('interpretations', interpretation.id)).toBe(200)
      expect(await searchHits('恢复草稿攻击')).toEqual(
        expect.arrayContaining([`disclosures:${policy.id}`, `interpretations:${interpretation.id}`]),
      )
      const audit = await app.payload.find({
        collection: 'audit-log' as any,
        where: { and: [{ documentId: { equals: String(policy.id) } }, { action: { equals: 'unpublished' } }] },
        depth: 0,
      })
      expect(audit.totalDocs).toBe(0)
    })

    it('restoring a draft version (not as a draft) unpublishes: gone from public reads and search', async () => {
      const policy = await publishedRecord(app.payload, fx, { title: '恢復舊版撤回的政策' })
      // The version the review's pass wrote: the published content and review, with status draft.
      const [, passed] = await versionsOf(policy.id)
      expect(passed.version).toMatchObject({ _status: 'draft', secrecyReview: { status: 'passed' } })
      expect(await searchHits('恢复旧版撤回')).toEqual([`disclosures:${policy.id}`])
      const restored = await rest(app.config, 'POST', `/disclosures/versions/${passed.id}`, { token: fx.editorA.token })
      expect({ status: restored.status, body: restored.status === 200 ? null : restored.body }).toEqual({ status: 200, body: null })
      expect((await steps().main(policy.id))._status).toBe('draft')
      expect(await publicStatus('disclosures', policy.id)).toBe(404)
      expect(await searchHits('恢复旧版撤回')).toEqual([])
    })

    it('a restore that would unpublish a policy with a published interpretation is all or nothing: refused, both stay public', async () => {
      // Payload leaves req.context.isRestoringVersion set, and the cascade's update of the interpretation
      // fails its validation under it, so the restore rolls back: safe (nothing half-withdrawn), if unhelpful.
      const policy = await publishedRecord(app.payload, fx, { title: '恢復舊版連帶解讀的政策' })
      const interpretation = await publishedInterpretation(app.payload, fx, [policy.id], { title: '恢復舊版連帶解讀' })
      const [, passed] = await versionsOf(policy.id)
      const restored = await rest(app.config, 'POST', `/disclosures/versions/${passed.id}`, { token: fx.editorA.token })
      const policyStatus = (await steps().main(policy.id))._status
      const interpretationStatus = (await app.payload.findByID({ collection: 'interpretations', id: interpretation.id, depth: 0 }))._status
      if (restored.status === 200) {
        expect([policyStatus, interpretationStatus]).toEqual(['draft', 'draft'])
        expect(await searchHits('恢复旧版连带')).toEqual([])
      } else {
        expect([policyStatus, interpretationStatus]).toEqual(['published', 'published'])
        expect(await publicStatus('interpretations', interpretation.id)).toBe(200)
        expect((await searchHits('恢复旧版连带')).sort()).toEqual(
          [`disclosures:${policy.id}`, `interpretations:${interpretation.id}`].sort(),
        )
      }
    })

    it('an asked agency cannot unpublish the owner’s record by restoring a draft version, over REST or after a draft save in one GraphQL request', async () => {
      const doc = await publishedAsking('機關恢復版本攻擊')
      // B's own draft save: a version with the published content and status draft, which B may restore.
      expect((await steps().patch(doc.id, fx.editorB.token, {}, true)).status).toBe(200)
      const versions = await versionsOf(doc.id)
      const draftVersion = versions[versions.length - 1]
      expect(draftVersion.version._status).toBe('draft')

      const overRest = await rest(app.config, 'POST', `/disclosures/versions/${draftVersion.id}`, { token: fx.editorB.token })
      expect(overRest.status).toBe(403)
      expect((await steps().main(doc.id))._status).toBe('published')

      // The first mutation, a draft save B may make, must not leave a flag that lets the second unpublish.
      const result = await graphql(
        app.config,
        `mutation { a: updateDisclosure(id: ${doc.id}, draft: true, data: {}) { id } b: restoreVersionDisclosure(id: ${draftVersion.id}) { id } }`,
        { token: fx.editorB.token },
      )
      expect(result.body.data?.a?.id).toBe(doc.id)
      expect(result.body.data?.b ?? null).toBeNull()
      expect(errorText(result.body)).toContain('_status')
      expect((await steps().main(doc.id))._status).toBe('published')
      expect(await publicStatus('disclosures', doc.id)).toBe(200)
    })
  })

  describe('bulk updates by where', () => {
    const where = (ids: (number | string)[]) => ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')

    it('a bulk unpublish over published and draft records withdraws exactly the published ones from public reads and search', async () => {
      const published = await publishedRecord(app.payload, fx, { title: '批量撤回甲文件' })
      const withDraft = await publishedRecord(app.payload, fx, { title: '批量撤回乙文件' })
      // A newer draft over the second: Payload hands hooks that draft as the previous document.
      await as(app.payload, fx.editorA).update('disclosures', withDraft.id, { title: '批量撤回乙文件（修改稿）' }, true)
      const neverPublished = await steps().draft({ title: '批量撤回丙文件' })
      expect(await searchHits('批量撤回')).toHaveLength(2)

      const response = await rest(app.config, 'PATCH', `/disclosures?${where([published.id, neverPublished.id])}`, {
        token: fx.editorA.token,
        body: { _status: 'draft' },
      })
      expect(response.status).toBe(200)
      expect((await steps().main(published.id))._status).toBe('draft')
      expect(await publicStatus('disclosures', published.id)).toBe(404)
      expect(await publicStatus('disclosures', neverPublished.id)).toBe(404)
      expect(await searchHits('批量撤回')).toEqual([`disclosures:${withDraft.id}`])

      // The record with a newer draft, unpublished in bulk as a draft save: it stays public with its published text.
      const draftSave = await rest(app.config, 'PATCH', `/disclosures?${where([withDraft.id])}&draft=true`, {
        token: fx.editorA.token,
        body: { _status: 'draft', summary: '草稿摘要' },
      })
      expect(draftSave.status).toBe(200)
      expect(await publicTitle(withDraft.id)).toBe('批量撤回乙文件')
      expect(await searchHits('批量撤回')).toEqual([`disclosures:${withDraft.id}`])
    })

    it('a bulk draft save that carries _status published publishes only what passes the gate, and search shows exactly that', async () => {
      const passed = await steps().draft({ title: '批量發布甲文件' })
      await as(app.payload, fx.reviewerA).pass('disclosures', passed.id)
      const unreviewed = await steps().draft({ title: '批量發布乙文件' })
      const response = await rest(app.config, 'PATCH', `/disclosures?${where([passed.id, unreviewed.id])}&draft=true`, {
        token: fx.editorA.token,
        body: { _status: 'published' },
      })
      expect(response.body.errors?.map((error: any) => error.id)).toEqual([unreviewed.id])
      expect((await steps().main(passed.id))._status).toBe('published')
      expect((await steps().main(unreviewed.id))._status).toBe('draft')
      expect(await publicStatus('disclosures', passed.id)).toBe(200)
      expect(await publicStatus('disclosures', unreviewed.id)).toBe(404)
      expect(await searchHits('批量发布')).toEqual([`disclosures:${passed.id}`])
    })

    it('a draft save by id then a restore that unpublishes the same record in one request is an unpublish (no stale draft flag)', async () => {
      const policy = await publishedRecord(app.payload, fx, { title: '同請求撤回的政策' })
      const [, passed] = await versionsOf(policy.id)
      // One request, two operations, as a hook or a GraphQL request runs them: the Local API with a shared req.
      const user = fx.editorA.user
      const req = await createLocalReq({ user }, app.payload)
      await app.payload.update({ collection: 'disclosures', id: policy.id, data: {} as any, draft: true, req, overrideAccess: false, user })
      await app.payload.restoreVersion({ collection: 'disclosures', id: passed.id, req, overrideAccess: false, user })
      expect((await steps().main(policy.id))._status).toBe('draft')
      expect(await publicStatus('disclosures', policy.id)).toBe(404)
      expect(await searchHits('同请求撤回')).toEqual([])
      // Decided as an unpublish (not an edit of a public record): the audit log says so.
      const audit = await app.payload.find({
        collection: 'audit-log' as any,
        where: { and: [{ documentId: { equals: String(policy.id) } }, { action: { equals: 'unpublished' } }] },
        depth: 0,
      })
      expect(audit.totalDocs).toBe(1)
    })
  })

  describe('transactions that roll back', () => {
    it('a publish refused by a later hook announces nothing: not public, not found, not indexed', async () => {
      const policy = await steps().draft({ title: '回滾發布的政策', requiresInterpretation: true })
      const interpretation = await as(app.payload, fx.editorA).create('interpretations', {
        title: '回滾發布的解讀',
        policies: [policy.id],
        department: fx.deptA.id,
        form: 'text',
        body: recordData(fx).body,
        disclosure: { attribute: 'proactive' },
      })
      await as(app.payload, fx.reviewerA).pass('interpretations', interpretation.id)
      await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)
      // The interpretation is reclassified (its review goes back to pending), then the policy's publish:
      // requireInterpretation refuses, after the lifecycle had remembered the stored row.
      await as(app.payload, fx.editorA).update(
        'interpretations',
        interpretation.id,
        { disclosure: { attribute: 'on_request', reason: '涉及特定對象' } },
        true,
      )
      const refused = await steps().patch(policy.id, fx.editorA.token, { _status: 'published' })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect((await steps().main(policy.id))._status).toBe('draft')
      expect(await publicStatus('disclosures', policy.id)).toBe(404)
      expect(await searchHits('回滚发布')).toEqual([])
      const rows = await app.payload.find({
        collection: 'search-index' as any,
        where: { recordId: { equals: String(policy.id) } },
        depth: 0,
      })
      expect(rows.docs.filter((row: any) => !row.removed && row.record === 'disclosures')).toEqual([])
    })
  })
})
