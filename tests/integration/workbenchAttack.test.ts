import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildFormState } from '@payloadcms/ui/utilities/buildFormState'
import { createLocalReq } from 'payload'

import { graphql, rest } from '../helpers/api.js'
import { dashboardAs } from '../helpers/dashboard.js'
import { type Fixture, as, buildFixture, publishedInterpretation, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { WORKFLOW_ACTIONS } from '../../src/core/workflow.js'

const OPINION = '附件二的測算數據已刪除，同意公開。'
const SECRET_TITLE = '關於調整2015年教師績效工資的請示（未定稿）'

/**
 * Issue 12's workbench attacked by staff of another department, an asked agency and an editor who would
 * pass their own work, through the workflow endpoints, queries on internal fields, joins, the form-state
 * builder and list search. Each test names the rule that held.
 */
describe('the editors’ workbench against hostile staff', () => {
  let app: TestApp
  let fx: Fixture
  let draftA: Record<string, any>
  let publishedA: Record<string, any>

  const act = (id: number | string, action: string, token?: string, body: Record<string, unknown> = {}) =>
    rest(app.config, 'POST', `/disclosures/${id}/workflow/${action}`, { token, body })
  const stored = (id: number | string): Promise<Record<string, any>> =>
    app.payload.findByID({ collection: 'disclosures', id, depth: 0, draft: true })
  const ids = (body: any) => (body.docs as { id: unknown }[]).map((doc) => doc.id)

  beforeAll(async () => {
    app = await bootApp('workbench_attack')
    fx = await buildFixture(app.payload)
    draftA = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: SECRET_TITLE }))
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id, OPINION)
    publishedA = await as(app.payload, fx.editorA).publish('disclosures', doc.id)
    // A change after publication, not yet sent: a draft department B must not learn of.
    await as(app.payload, fx.editor2A).update('disclosures', doc.id, { summary: '尚未公開的修訂' }, true)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  describe('GET /:id/workflow', () => {
    it('answers another department’s draft exactly as a record that does not exist (readRecords)', async () => {
      const draft = await rest(app.config, 'GET', `/disclosures/${draftA.id}/workflow`, { token: fx.editorB.token })
      const missing = await rest(app.config, 'GET', `/disclosures/999999/workflow`, { token: fx.editorB.token })
      expect(draft.status).toBe(404)
      expect(draft).toEqual({ ...missing, headers: draft.headers })
      expect(JSON.stringify(draft.body)).not.toContain(SECRET_TITLE)
    })

    it.each([
      ['department B’s editor', () => fx.editorB.token],
      ['department B’s reviewer', () => fx.reviewerB.token],
      ['the public', () => undefined],
    ])('offers %s nothing on department A’s public record and no versions to compare (the draft stays hidden)', async (_, token) => {
      const { status, body } = await rest(app.config, 'GET', `/disclosures/${publishedA.id}/workflow`, { token: token() })
      expect(status).toBe(200)
      expect(body).toEqual({ actions: [], comparedVersion: null })
    })

    it('still offers department A’s reviewer the versions to compare', async () => {
      const { body } = await rest(app.config, 'GET', `/disclosures/${publishedA.id}/workflow`, { token: fx.reviewerA.token })
      expect(body.actions).toContain('pass')
      expect(body.comparedVersion).toMatchObject({ passed: true })
    })
  })

  describe('POST /:id/workflow/<action>', () => {
    it.each(WORKFLOW_ACTIONS.map((action) => [action]))(
      'refuses %s on another department’s draft as not found, the same as a missing record, and changes nothing',
      async (action) => {
        const before = await stored(draftA.id)
        const body = { opinion: '我部門不同意', department: fx.deptB.id }
        const draft = await act(draftA.id, action, fx.editorB.token, body)
        const missing = await act(999999, action, fx.editorB.token, body)
        expect(draft.status).toBe(404)
        expect(draft.body).toEqual(missing.body)
        expect(await stored(draftA.id)).toEqual(before)
      },
    )

    it.each(WORKFLOW_ACTIONS.map((action) => [action]))(
      'refuses %s on another department’s public record by a rule or the update access, and changes nothing',
      async (action) => {
        const before = await stored(publishedA.id)
        const response = await act(publishedA.id, action, fx.reviewerB.token, { opinion: '我部門不同意', department: fx.deptB.id })
        expect([403, 409]).toContain(response.status)
        const [error] = response.body.errors
        if (response.status === 409) expect(error.data.rule).toMatch(/^workflow\./)
        expect(JSON.stringify(response.body)).not.toContain('尚未公開的修訂')
        expect(await stored(publishedA.id)).toEqual(before)
      },
    )

    it('refuses an editor-reviewer passing their own record through the action (review.fourEyes)', async () => {
      const both = await app.payload.create({
        collection: 'users',
        data: {
          email: 'both-a@test.localhost',
          password: 'test-password-only',
          name: '兼任',
          roles: ['editor', 'reviewer'],
          departments: [fx.deptA.id],
        } as any,
      })
      const { token } = await app.payload.login({
        collection: 'users',
        data: { email: 'both-a@test.localhost', password: 'test-password-only' },
      })
      const own = await as(app.payload, {
        id: both.id,
        email: both.email,
        token: token as string,
        user: { ...both, collection: 'users' },
      }).create('disclosures', recordData(fx))
      expect((await act(own.id, 'submit', token as string)).status).toBe(200)
      const response = await act(own.id, 'pass', token as string)
      expect(response.status).toBe(403)
      expect(response.body.errors[0].data).toMatchObject({ rule: 'review.fourEyes' })
      expect((await stored(own.id)).secrecyReview.status).toBe('pending')
      const patched = await rest(app.config, 'PATCH', `/disclosures/${own.id}?draft=true`, {
        token: token as string,
        body: { secrecyReview: { status: 'passed' } },
      })
      expect(patched.body.errors[0].data).toMatchObject({ rule: 'review.fourEyes' })
    })

    it('refuses a second submission (workflow.notSubmittable) and keeps the first sender', async () => {
      const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
      expect((await act(doc.id, 'submit', fx.editorA.token)).status).toBe(200)
      const first = (await stored(doc.id)).secrecyReview
      const again = await act(doc.id, 'submit', fx.editor2A.token)
      expect(again.status).toBe(409)
      expect(again.body.errors[0].data).toMatchObject({ rule: 'workflow.notSubmittable' })
      expect((await stored(doc.id)).secrecyReview).toMatchObject({ submittedBy: fx.editorA.id, submittedAt: first.submittedAt })
    })

    it('ignores submittedBy/submittedAt sent in a REST PATCH or a GraphQL update (applySecrecyReview)', async () => {
      const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
      const forged = { submittedBy: fx.editor2A.id, submittedAt: '2020-01-01T00:00:00.000Z' }
      await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, { token: fx.editorA.token, body: { secrecyReview: forged } })
      expect((await stored(doc.id)).secrecyReview).toMatchObject({ submittedBy: null, submittedAt: null })
      const mutation = `mutation ($id: Int!) { updateDisclosure(id: $id, draft: true, data: { secrecyReview: { submittedBy: ${fx.editor2A.id}, submittedAt: "2020-01-01T00:00:00.000Z" } }) { id } }`
      await graphql(app.config, mutation, { token: fx.editorA.token, variables: { id: doc.id } })
      expect((await stored(doc.id)).secrecyReview).toMatchObject({ submittedBy: null, submittedAt: null })
    })

    it('refuses an asked agency confirming for another agency it does not belong to (agency.notAsked)', async () => {
      const deptC = await app.payload.create({
        collection: 'departments',
        data: { name: '市民政局', code: '113702000003', level: 'department' } as any,
      })
      const asked = { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }, { department: deptC.id }] } }
      const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, asked))
      const response = await act(doc.id, 'confirm', fx.editorB.token, { department: deptC.id })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].data).toMatchObject({ rule: 'agency.notAsked' })
      const owner = await act(doc.id, 'confirm', fx.editorA.token)
      expect(owner.body.errors[0].data).toMatchObject({ rule: 'agency.notAsked' })
      const rows = (await stored(doc.id)).secrecyReview.agencyConfirmations
      expect(rows.map((row: any) => row.status)).toEqual(['pending', 'pending'])
    })
  })

  describe('an asked agency (department B asked to confirm department A’s draft)', () => {
    let asked: Record<string, any>
    beforeAll(async () => {
      const data = recordData(fx, { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } })
      asked = await as(app.payload, fx.editorA).create('disclosures', data)
    })

    it.each([
      ['submit', 'editorB', 'review.submitNotAllowed'],
      // An asked agency changes nothing on the record but its own answer.
      ['pass', 'reviewerB', 'agency.onlyOwnConfirmation'],
      ['reject', 'reviewerB', 'agency.onlyOwnConfirmation'],
      ['publish', 'editorB', 'agency.onlyOwnConfirmation'],
    ] as const)('refuses %s by %s (%s), and changes nothing', async (action, who, rule) => {
      const before = await stored(asked.id)
      const response = await act(asked.id, action, fx[who].token, { opinion: '我部門不同意' })
      expect(response.body.errors[0].data).toMatchObject({ rule })
      expect(await stored(asked.id)).toEqual(before)
    })

    it('is offered only its own answer and no versions to compare', async () => {
      const { body } = await rest(app.config, 'GET', `/disclosures/${asked.id}/workflow`, { token: fx.reviewerB.token })
      expect(body).toEqual({ actions: ['confirm', 'dispute'], comparedVersion: null })
    })
  })

  it('answers another department’s draft interpretation as not found on both workflow endpoints', async () => {
    const draft = await as(app.payload, fx.editorA).create('interpretations', {
      title: '政策解讀（未定稿）',
      department: fx.deptA.id,
      form: 'text',
      body: recordData(fx).body,
      disclosure: { attribute: 'proactive' },
    })
    const offer = await rest(app.config, 'GET', `/interpretations/${draft.id}/workflow`, { token: fx.editorB.token })
    const taken = await rest(app.config, 'POST', `/interpretations/${draft.id}/workflow/submit`, { token: fx.editorB.token, body: {} })
    expect([offer.status, taken.status]).toEqual([404, 404])
  })

  it('department B’s dashboard counts and lists none of department A’s records (dashboardCounts)', async () => {
    const reviewed = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    expect((await act(reviewed.id, 'submit', fx.editorA.token)).status).toBe(200)
    for (const staff of [fx.editorB, fx.reviewerB]) {
      const entries = await dashboardAs(app.payload, staff)
      for (const entry of entries.filter((line) => !line.id.startsWith('agency.'))) expect([entry.id, entry.count]).toEqual([entry.id, 0])
      const shown = entries.flatMap((entry) => entry.items.map((item) => item.id))
      expect(shown).not.toContain(draftA.id)
      expect(shown).not.toContain(reviewed.id)
    }
  })

  describe('queries on internal fields of another department’s public record (confineInternalQueries)', () => {
    const probes: [string, string][] = [
      ['secrecyReview.opinion', `where[secrecyReview.opinion][equals]=${encodeURIComponent(OPINION)}`],
      ['secrecyReview.reviewer', `where[secrecyReview.reviewer][exists]=true`],
      ['createdBy', `where[createdBy][equals]=`],
      ['disclosure.decidedBy', `where[disclosure.decidedBy][exists]=true`],
      ['nested in or', `where[or][0][and][0][updatedBy][exists]=true`],
    ]

    it.each(probes)('REST find and count with a where on %s find nothing of department A', async (_, query) => {
      const q = query.endsWith('=') ? `${query}${fx.editorA.id}` : query
      const found = await rest(app.config, 'GET', `/disclosures?${q}`, { token: fx.editorB.token })
      expect(found.status).toBe(200)
      expect(ids(found.body)).not.toContain(publishedA.id)
      const counted = await rest(app.config, 'GET', `/disclosures/count?${q}`, { token: fx.editorB.token })
      expect(counted.body.totalDocs).toBe(0)
    })

    it('the same where through GraphQL finds nothing of department A', async () => {
      const query = `query ($opinion: String) { Disclosures(where: { secrecyReview__opinion: { equals: $opinion } }) { docs { id } } }`
      const { body } = await graphql(app.config, query, { token: fx.editorB.token, variables: { opinion: OPINION } })
      expect(body.errors).toBeUndefined()
      expect(body.data.Disclosures.docs).toEqual([])
    })

    it('versions are not readable by department B at all (readRecordVersions)', async () => {
      const q = `where[version.secrecyReview.opinion][equals]=${encodeURIComponent(OPINION)}`
      const { body } = await rest(app.config, 'GET', `/disclosures/versions?${q}`, { token: fx.editorB.token })
      expect(body.totalDocs).toBe(0)
      // Nor one by its id, as the comparison view (`/versions/<to>?versionFrom=<from>`) reads it.
      const [version] = (
        await app.payload.findVersions({ collection: 'disclosures', where: { parent: { equals: publishedA.id } }, limit: 1 })
      ).docs
      const byId = await rest(app.config, 'GET', `/disclosures/versions/${version?.id}`, { token: fx.editorB.token })
      const missing = await rest(app.config, 'GET', `/disclosures/versions/999999`, { token: fx.editorB.token })
      expect(byId.status).toBe(403)
      expect(byId.body).toEqual(missing.body)
    })

    it('select of internal fields returns none of them (field read access)', async () => {
      const q = 'select[secrecyReview]=true&select[createdBy]=true&select[disclosure]=true'
      const { body } = await rest(app.config, 'GET', `/disclosures/${publishedA.id}?${q}`, { token: fx.editorB.token })
      expect(body.secrecyReview).toBeUndefined()
      expect(body.createdBy).toBeUndefined()
      expect(body.disclosure?.decidedBy).toBeUndefined()
    })

    it('sorting by the reviewer’s opinion does not order department A’s records by it, for staff or the public', async () => {
      const second = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
      await as(app.payload, fx.reviewerA).pass('disclosures', second.id, '甲')
      await as(app.payload, fx.editorA).publish('disclosures', second.id)
      const third = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
      await as(app.payload, fx.reviewerA).pass('disclosures', third.id, '乙')
      await as(app.payload, fx.editorA).publish('disclosures', third.id)
      const order = async (sort: string, token?: string) =>
        rest(app.config, 'GET', `/disclosures?where[id][in]=${second.id},${third.id}&sort=${sort}`, { token })
      const ascending = ids((await order('secrecyReview.opinion', fx.editorB.token)).body)
      const descending = ids((await order('-secrecyReview.opinion', fx.editorB.token)).body)
      // Either the query is confined (nothing of A) or the order says nothing about the opinion.
      expect(ascending.length === 0 || JSON.stringify(ascending) === JSON.stringify(descending)).toBe(true)
      // The public may not query the field at all once the query is confined (the field's read access).
      const anonymous = await order('secrecyReview.opinion')
      expect(anonymous.status).toBe(400)
      expect(anonymous.body.errors[0].data).toEqual([{ path: 'secrecyReview.opinion' }])
      const graph = (sort: string) =>
        graphql(
          app.config,
          `{ Disclosures(where: { id: { greater_than_equal: ${second.id}, less_than_equal: ${third.id} } }, sort: "${sort}") { docs { id } } }`,
          {
            token: fx.editorB.token,
          },
        )
      const [up, down] = [(await graph('secrecyReview__opinion')).body, (await graph('-secrecyReview__opinion')).body]
      expect(up.errors).toBeUndefined()
      expect(up.data.Disclosures.docs.length === 0 || JSON.stringify(up) === JSON.stringify(down)).toBe(true)
    })

    it('a join query on the interpretations’ review opinion finds none of department A’s interpretations', async () => {
      const interpretation = await publishedInterpretation(app.payload, fx, [publishedA.id])
      const q = `joins[interpretations][where][secrecyReview.opinion][equals]=${encodeURIComponent('無涉密內容')}`
      const { body } = await rest(app.config, 'GET', `/disclosures/${publishedA.id}?${q}`, { token: fx.editorB.token })
      expect(ids(body.interpretations ?? { docs: [] })).not.toContain(interpretation.id)
      const plain = await rest(app.config, 'GET', `/disclosures/${publishedA.id}`, { token: fx.editorB.token })
      expect(ids(plain.body.interpretations)).toContain(interpretation.id)
    })

    it.each([
      ['policies.secrecyReview.opinion', `[equals]=${encodeURIComponent(OPINION)}`],
      ['policies.createdBy', '[exists]=true'],
      // Through a public interpretation's link to a draft, its title could be guessed.
      ['policies__title', `[like]=${encodeURIComponent('教師績效')}`],
    ])('refuses a where through the interpretations’ link on %s (query.recordRefFilter)', async (path, condition) => {
      await publishedInterpretation(app.payload, fx, [publishedA.id])
      const response = await rest(app.config, 'GET', `/interpretations?where[${path}]${condition}`, { token: fx.editorB.token })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data).toMatchObject({ rule: 'query.recordRefFilter', field: `where[${path}]` })
    })

    it('refuses the same through a join query on the interpretations (query.recordRefFilter)', async () => {
      await publishedInterpretation(app.payload, fx, [publishedA.id])
      const q = `joins[interpretations][where][policies.createdBy][equals]=${fx.editorA.id}`
      const response = await rest(app.config, 'GET', `/disclosures/${publishedA.id}?${q}`, { token: fx.editorB.token })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data).toMatchObject({ rule: 'query.recordRefFilter' })
    })

    it.each(['interpretations.createdBy', 'interpretations__title'])(
      'refuses a where through the disclosures’ join on %s (query.joinFilter)',
      async (path) => {
        const response = await rest(app.config, 'GET', `/disclosures?where[${path}][equals]=${fx.editorA.id}`, { token: fx.editorB.token })
        expect(response.status).toBe(400)
        expect(response.body.errors[0].data).toMatchObject({ rule: 'query.joinFilter', field: `where[${path}]` })
      },
    )

    it('list search in both scripts cannot widen department B’s reads: the draft stays out', async () => {
      const q = `where[or][0][title][like]=${encodeURIComponent('教師績效')}&where[or][1][id][exists]=true`
      const { body } = await rest(app.config, 'GET', `/disclosures?${q}&limit=100`, { token: fx.editorB.token })
      expect(ids(body)).not.toContain(draftA.id)
      const simplified = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent('教师绩效')}`, {
        token: fx.editorB.token,
      })
      expect(simplified.body.totalDocs).toBe(0)
      const own = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent('教师绩效')}`, {
        token: fx.editorA.token,
      })
      expect(ids(own.body)).toContain(draftA.id)
    })
  })

  it('the form-state builder given another department’s id and no data returns none of the stored values', async () => {
    app.payload.importMap ??= {}
    const req = await createLocalReq({ user: fx.editorB.user }, app.payload)
    const { state } = await buildFormState({
      id: draftA.id,
      collectionSlug: 'disclosures',
      data: {},
      docPermissions: { fields: true, read: true, update: true } as any,
      docPreferences: { fields: {} },
      mockRSCs: true,
      operation: 'update',
      renderAllFields: true,
      req,
      schemaPath: 'disclosures',
      skipValidation: true,
      checkForStaleData: true,
      originalUpdatedAt: '2000-01-01T00:00:00.000Z',
    } as any)
    expect(JSON.stringify(state)).not.toContain(SECRET_TITLE)
    expect(state.title?.value ?? null).toBeNull()
  })
})
