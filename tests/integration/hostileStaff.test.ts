import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, recordData, recordSteps } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/**
 * Issue 10, holes 1–3: staff who send what the admin never would — forged authorship, rewritten or
 * dropped agency rows, an asked agency unpublishing — are refused, and stored history decides.
 */
describe('the review rules against staff who send what the admin never sends', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('hostile_staff')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const draft = (overrides: Record<string, unknown> = {}) => recordSteps(app, fx).draft(overrides)
  const latest = (id: number | string) => recordSteps(app, fx).latest(id)
  const main = (id: number | string) => recordSteps(app, fx).main(id)
  const patch = (id: number | string, token: string, body: unknown, draftSave = false) =>
    recordSteps(app, fx).patch(id, token, body, draftSave)
  const auditOf = async (id: number | string) =>
    (await app.payload.find({ collection: 'audit-log', where: { documentId: { equals: String(id) } }, sort: 'at', limit: 200, depth: 0 }))
      .docs as any[]

  /** A record asking department B to confirm, passed by A's reviewer. */
  const askedAndPassed = async () => {
    const doc = await draft({ secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } })
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    return latest(doc.id)
  }

  describe('hole 1: four eyes by forged authorship', () => {
    it('refuses a reviewer who edited the record and then claims the author edited it last', async () => {
      const doc = await draft()
      expect((await patch(doc.id, fx.reviewerA.token, { summary: '審查員改的摘要' }, true)).status).toBe(200)
      const forged = await patch(doc.id, fx.reviewerA.token, { updatedBy: fx.editorA.id, secrecyReview: { status: 'passed' } }, true)
      expect(forged.status).toBe(403)
      expect(errorText(forged.body)).toContain('review.fourEyes')
      const stored = await latest(doc.id)
      expect(stored.updatedBy).toBe(fx.reviewerA.id)
      expect(stored.secrecyReview.status).toBe('pending')
      const publish = await patch(doc.id, fx.editorA.token, { _status: 'published' })
      expect(publish.status).toBe(400)
      expect(errorText(publish.body)).toContain('secrecyReview.status')
      expect((await main(doc.id))._status).toBe('draft')
    })

    it('refuses a reviewer who changed the content since the last review even when someone else edited after them', async () => {
      const doc = await draft()
      await patch(doc.id, fx.reviewerA.token, { summary: '審查員先改' }, true)
      await patch(doc.id, fx.editor2A.token, { summary: '另一位信息員再改' }, true)
      const stored = await latest(doc.id)
      expect(stored.updatedBy).toBe(fx.editor2A.id)
      expect(stored.secrecyReview.editors).toEqual(expect.arrayContaining([fx.reviewerA.id, fx.editor2A.id]))
      const pass = await patch(doc.id, fx.reviewerA.token, { secrecyReview: { status: 'passed' } }, true)
      expect(pass.status).toBe(403)
      expect(errorText(pass.body)).toContain('review.fourEyes')
    })

    it('ignores authorship and decision fields sent by a client, on create and on update', async () => {
      const created = await rest(app.config, 'POST', '/disclosures?draft=true', {
        token: fx.editorA.token,
        body: {
          ...recordData(fx),
          createdBy: fx.reviewerB.id,
          updatedBy: fx.reviewerB.id,
          disclosure: { attribute: 'proactive', decidedBy: fx.reviewerB.id, decidedAt: '2000-01-01T00:00:00.000Z' },
        },
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const stored = await latest(id)
      expect(stored).toMatchObject({ createdBy: fx.editorA.id, updatedBy: fx.editorA.id })
      expect(stored.disclosure.decidedBy).toBe(fx.editorA.id)
      expect(stored.disclosure.decidedAt).not.toBe('2000-01-01T00:00:00.000Z')

      const update = await patch(
        id,
        fx.editorA.token,
        {
          createdBy: fx.reviewerA.id,
          updatedBy: fx.reviewerA.id,
          secrecyReview: { reviewer: fx.reviewerA.id, reviewedAt: '2000-01-01T00:00:00.000Z', contentHash: 'f'.repeat(64), editors: [] },
        },
        true,
      )
      expect(update.status).toBe(200)
      const after = await latest(id)
      expect(after).toMatchObject({ createdBy: fx.editorA.id, updatedBy: fx.editorA.id })
      expect(after.secrecyReview).toMatchObject({ status: 'pending', reviewer: null, contentHash: null })
      expect(after.secrecyReview.editors).toEqual([fx.editorA.id])
      // The reviewer may still pass it: nothing the editor sent made them an author.
      expect((await patch(id, fx.reviewerA.token, { secrecyReview: { status: 'passed' } }, true)).status).toBe(200)
    })

    it('refuses the author even when the author is a reviewer of the department', async () => {
      const both = await app.payload.create({
        collection: 'users',
        data: {
          email: 'both@test.localhost',
          password: 'test-password-only',
          roles: ['editor', 'reviewer'],
          departments: [fx.deptA.id],
        } as any,
      })
      const user = { ...both, collection: 'users' }
      const doc = await app.payload.create({
        collection: 'disclosures',
        data: recordData(fx) as any,
        draft: true,
        user,
        overrideAccess: false,
      })
      await patch(doc.id, fx.editor2A.token, { summary: '他人修改' }, true)
      await expect(
        app.payload.update({
          collection: 'disclosures',
          id: doc.id,
          data: { createdBy: fx.editorA.id, secrecyReview: { status: 'passed' } } as any,
          draft: true,
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('hole 2: Art. 11 confirmation bypasses', () => {
    it('refuses the owner publishing with every agency request dropped, and keeps the row', async () => {
      const doc = await askedAndPassed()
      const dropped = await patch(doc.id, fx.editorA.token, { _status: 'published', secrecyReview: { agencyConfirmations: [] } })
      expect(dropped.status).toBe(403)
      expect(errorText(dropped.body)).toContain('agency.withdrawNotAllowed')
      expect((await main(doc.id))._status).toBe('draft')
      expect((await latest(doc.id)).secrecyReview.agencyConfirmations).toHaveLength(1)
    })

    it('refuses the owner re-sending the row with its own department and status confirmed', async () => {
      const doc = await askedAndPassed()
      const [row] = doc.secrecyReview.agencyConfirmations
      const rewritten = await patch(doc.id, fx.editorA.token, {
        _status: 'published',
        secrecyReview: { agencyConfirmations: [{ id: row.id, department: fx.deptA.id, status: 'confirmed' }] },
      })
      expect(rewritten.status).toBe(400)
      expect(errorText(rewritten.body)).toContain('secrecyReview.agencyConfirmations.0.department')
      const unchanged = (await latest(doc.id)).secrecyReview.agencyConfirmations[0]
      expect(unchanged).toMatchObject({ status: 'pending' })
      expect(String(unchanged.department)).toBe(String(fx.deptB.id))
      expect((await main(doc.id))._status).toBe('draft')
    })

    it('refuses asking the own department, asking an agency twice, and a new row that arrives confirmed', async () => {
      const doc = await draft()
      const own = await patch(
        doc.id,
        fx.editorA.token,
        { secrecyReview: { agencyConfirmations: [{ department: fx.deptA.id, status: 'confirmed' }] } },
        true,
      )
      expect(own.status).toBe(400)
      expect(errorText(own.body)).toContain('agency.askOwnDepartment')
      const twice = await patch(
        doc.id,
        fx.editorA.token,
        { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }, { department: fx.deptB.id }] } },
        true,
      )
      expect(twice.status).toBe(400)
      expect(errorText(twice.body)).toContain('agencyConfirmations.1.department')
      const arrivesConfirmed = await patch(
        doc.id,
        fx.editorA.token,
        { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id, status: 'confirmed' }] } },
        true,
      )
      expect(arrivesConfirmed.status).toBe(200)
      expect((await latest(doc.id)).secrecyReview.agencyConfirmations[0].status).toBe('pending')
    })

    it('lets only the asked agency set its row: not the owner, not the disclosure office', async () => {
      const doc = await askedAndPassed()
      const [row] = doc.secrecyReview.agencyConfirmations
      const confirm = { secrecyReview: { agencyConfirmations: [{ ...row, status: 'confirmed' }] } }
      for (const staff of [fx.editorA, fx.reviewerA, fx.office]) {
        const response = await patch(doc.id, staff.token, confirm, true)
        expect(response.status).toBe(403)
        expect(errorText(response.body)).toContain('agency.notAsked')
      }
      expect((await patch(doc.id, fx.editorB.token, confirm, true)).status).toBe(200)
      expect((await latest(doc.id)).secrecyReview.agencyConfirmations[0]).toMatchObject({ status: 'confirmed', confirmedBy: fx.editorB.id })
    })

    it('lets a reviewer or the office withdraw a request, sends the review back to pending, and logs each step naming the agency', async () => {
      const doc = await askedAndPassed()
      const byEditor = await patch(doc.id, fx.editorA.token, { secrecyReview: { agencyConfirmations: [] } }, true)
      expect(byEditor.status).toBe(403)
      const byReviewer = await patch(doc.id, fx.reviewerA.token, { secrecyReview: { agencyConfirmations: [] } }, true)
      expect(byReviewer.status).toBe(200)
      const after = await latest(doc.id)
      expect(after.secrecyReview).toMatchObject({ status: 'pending', contentHash: null, agencyConfirmations: [] })

      const log = await auditOf(doc.id)
      const requested = log.find((entry) => entry.action === 'agency_requested')
      const withdrawn = log.find((entry) => entry.action === 'agency_withdrawn')
      expect(requested).toMatchObject({
        agency: fx.deptB.id,
        agencyName: '市教育局',
        agencyCode: '113702000002',
        userEmail: fx.editorA.email,
      })
      expect(withdrawn).toMatchObject({ agency: fx.deptB.id, agencyName: '市教育局', user: fx.reviewerA.id, userEmail: fx.reviewerA.email })
      expect(log.some((entry) => entry.action === 'review_reset' && entry.user === fx.reviewerA.id)).toBe(true)
    })

    it('sends a passed review back to pending when another agency is asked after it', async () => {
      const doc = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      expect(
        (await patch(doc.id, fx.editorA.token, { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } }, true)).status,
      ).toBe(200)
      expect((await latest(doc.id)).secrecyReview.status).toBe('pending')
    })

    it('asks the agency again when the content changes after it confirmed', async () => {
      const doc = await askedAndPassed()
      const [row] = doc.secrecyReview.agencyConfirmations
      await patch(doc.id, fx.editorB.token, { secrecyReview: { agencyConfirmations: [{ ...row, status: 'confirmed' }] } }, true)
      expect((await patch(doc.id, fx.editorA.token, { summary: '確認後修改' }, true)).status).toBe(200)
      const after = await latest(doc.id)
      expect(after.secrecyReview.status).toBe('pending')
      expect(after.secrecyReview.agencyConfirmations[0]).toMatchObject({ status: 'pending', confirmedBy: null })
    })

    it('logs confirmations and disputes with the agency and who answered', async () => {
      const doc = await askedAndPassed()
      const [row] = doc.secrecyReview.agencyConfirmations
      await patch(
        doc.id,
        fx.editorB.token,
        { secrecyReview: { agencyConfirmations: [{ ...row, status: 'disputed', note: '數據口徑不一致' }] } },
        true,
      )
      const log = await auditOf(doc.id)
      expect(log.find((entry) => entry.action === 'agency_confirmation')).toMatchObject({
        from: 'pending',
        to: 'disputed',
        note: '數據口徑不一致',
        agency: fx.deptB.id,
        agencyName: '市教育局',
        user: fx.editorB.id,
        userEmail: fx.editorB.email,
        departmentCode: '113702000001',
      })
      // The agency sees the entries about its own answers.
      const seen = await rest(app.config, 'GET', `/audit-log?where[documentId][equals]=${doc.id}&limit=100`, { token: fx.editorB.token })
      expect(seen.body.docs.map((entry: any) => entry.action)).toEqual(expect.arrayContaining(['agency_requested', 'agency_confirmation']))
    })
  })

  describe('hole 3: an asked agency changes its own row and nothing else', () => {
    const publishedAsking = async () => {
      const doc = await askedAndPassed()
      const [row] = doc.secrecyReview.agencyConfirmations
      await patch(doc.id, fx.editorB.token, { secrecyReview: { agencyConfirmations: [{ ...row, status: 'confirmed' }] } }, true)
      expect((await patch(doc.id, fx.editorA.token, { _status: 'published' })).status).toBe(200)
      return latest(doc.id)
    }

    it('refuses the agency unpublishing the owner record', async () => {
      const doc = await publishedAsking()
      const unpublish = await patch(doc.id, fx.editorB.token, { _status: 'draft' })
      expect(unpublish.status).toBe(403)
      expect(errorText(unpublish.body)).toContain('_status')
      expect((await main(doc.id))._status).toBe('published')
    })

    it('refuses the agency changing workflow fields, the review, or other content', async () => {
      const doc = await publishedAsking()
      for (const body of [{ validity: { status: 'repealed' } }, { secrecyReview: { status: 'pending' } }, { summary: '機關改寫' }]) {
        const response = await patch(doc.id, fx.editorB.token, body, true)
        expect(response.status).toBe(403)
      }
      const stored = await main(doc.id)
      expect(stored).toMatchObject({ _status: 'published', validity: { status: 'valid' }, secrecyReview: { status: 'passed' } })
    })

    it('lets the agency amend its own note on a published record as a draft save, leaving it published', async () => {
      const doc = await publishedAsking()
      const [row] = doc.secrecyReview.agencyConfirmations
      const amend = await patch(doc.id, fx.editorB.token, { secrecyReview: { agencyConfirmations: [{ ...row, note: '補充說明' }] } }, true)
      expect(amend.status).toBe(200)
      expect((await main(doc.id))._status).toBe('published')
    })
  })
})
