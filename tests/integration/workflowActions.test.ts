import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { zh } from '@payloadcms/translations/languages/zh'

import { type ApiResponse, rest, restHandler } from '../helpers/api.js'
import { type Fixture, type Staff, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/core/workflow.js'

type Role = 'editorOwn' | 'editorOther' | 'reviewer' | 'reviewerWhoEdited' | 'agency' | 'office'
type State = 'draft' | 'submitted' | 'rejected' | 'passed' | 'awaitingAgency' | 'published' | 'editedAfterPublish'

/**
 * What each role may do in each state (DESIGN §4.2): the department's editor sends a record for review and
 * again after it was sent back; a reviewer of the department who did not write or change it reviews a
 * pending record (sent or not); only the asked agency answers its request; department staff publish a
 * passed, confirmed record and unpublish a published one. "reviewerWhoEdited" has both roles in the
 * department and changed every state's draft before it was sent.
 */
const EXPECTED: Record<State, Record<Role, WorkflowAction[]>> = {
  draft: { editorOwn: ['submit'], editorOther: [], reviewer: ['pass', 'reject'], reviewerWhoEdited: ['submit'], agency: [], office: [] },
  submitted: { editorOwn: [], editorOther: [], reviewer: ['pass', 'reject'], reviewerWhoEdited: [], agency: [], office: [] },
  rejected: { editorOwn: ['submit'], editorOther: [], reviewer: [], reviewerWhoEdited: ['submit'], agency: [], office: [] },
  passed: {
    editorOwn: ['publish'],
    editorOther: [],
    reviewer: ['publish'],
    reviewerWhoEdited: ['publish'],
    agency: [],
    office: ['publish'],
  },
  awaitingAgency: { editorOwn: [], editorOther: [], reviewer: [], reviewerWhoEdited: [], agency: ['confirm', 'dispute'], office: [] },
  published: {
    editorOwn: ['unpublish'],
    editorOther: [],
    reviewer: ['unpublish'],
    reviewerWhoEdited: ['unpublish'],
    agency: [],
    office: ['unpublish'],
  },
  // Changed by another editor of the department after publication: the one who edited before is no longer involved.
  editedAfterPublish: {
    editorOwn: ['submit', 'unpublish'],
    editorOther: [],
    reviewer: ['pass', 'reject', 'unpublish'],
    reviewerWhoEdited: ['submit', 'pass', 'reject', 'unpublish'],
    agency: [],
    office: ['unpublish'],
  },
}

const OPINION = '附件二列有尚未經批准的測算數據，請刪除後再送審。'

describe('workflow actions: each offered exactly when its rule allows it', () => {
  let app: TestApp
  let fx: Fixture
  let staff: Record<Role, Staff>

  const staffMember = async (email: string, roles: string[], departments: (number | string)[]): Promise<Staff> => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email, password: 'test-password-only', name: email, roles, departments } as any,
    })
    const { token } = await app.payload.login({ collection: 'users', data: { email, password: 'test-password-only' } })
    return { id: user.id, email, token: token as string, user: { ...user, collection: 'users' } }
  }

  beforeAll(async () => {
    app = await bootApp('workflow_actions')
    fx = await buildFixture(app.payload)
    const deptC = await app.payload.create({
      collection: 'departments',
      data: { name: '市民政局', code: '113702000003', level: 'department' } as any,
    })
    staff = {
      editorOwn: fx.editorA,
      editorOther: await staffMember('editor-c@test.localhost', ['editor'], [deptC.id]),
      reviewer: fx.reviewerA,
      reviewerWhoEdited: await staffMember('both-a@test.localhost', ['editor', 'reviewer'], [fx.deptA.id]),
      agency: fx.editorB,
      office: fx.office,
    }
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const act = (id: number | string, action: WorkflowAction, who: Staff, body: Record<string, unknown> = {}): Promise<ApiResponse> =>
    rest(app.config, 'POST', `/disclosures/${id}/workflow/${action}`, { token: who.token, body })
  const done = async (response: Promise<ApiResponse>) => {
    const { status, body } = await response
    if (status !== 200) throw new Error(`step refused: ${status} ${JSON.stringify(body)}`)
  }

  /** Builds a record in the state, through the actions themselves where there is one. */
  const build = async (state: State): Promise<number | string> => {
    const asked = state === 'awaitingAgency' ? { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } } : {}
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, asked))
    await as(app.payload, staff.reviewerWhoEdited).update(
      'disclosures',
      doc.id,
      { title: '關於2014年市級財政預算執行情況的報告（修訂）' },
      true,
    )
    if (state === 'draft') return doc.id
    await done(act(doc.id, 'submit', fx.editorA))
    if (state === 'submitted') return doc.id
    if (state === 'rejected') {
      await done(act(doc.id, 'reject', fx.reviewerA, { opinion: OPINION }))
      return doc.id
    }
    await done(act(doc.id, 'pass', fx.reviewerA))
    if (state === 'passed' || state === 'awaitingAgency') return doc.id
    await done(act(doc.id, 'publish', fx.editorA))
    if (state === 'editedAfterPublish') await as(app.payload, fx.editor2A).update('disclosures', doc.id, { summary: '補充概述' }, true)
    return doc.id
  }

  const bodyFor = (action: WorkflowAction) => (action === 'reject' || action === 'dispute' ? { opinion: OPINION } : {})

  for (const state of Object.keys(EXPECTED) as State[]) {
    for (const role of Object.keys(EXPECTED[state]) as Role[]) {
      it(`in state ${state}, ${role} is offered ${EXPECTED[state][role].join(', ') || 'nothing'} and exactly those actions succeed`, async () => {
        let id = await build(state)
        const offered = await rest(app.config, 'GET', `/disclosures/${id}/workflow`, { token: staff[role].token })
        // A member of staff who cannot read the record is offered nothing: the record does not exist for them.
        const actions = offered.status === 200 ? offered.body.actions : []
        expect(offered.status === 200 || offered.status === 404).toBe(true)
        expect([...actions].sort()).toEqual([...EXPECTED[state][role]].sort())

        const succeeded: WorkflowAction[] = []
        for (const action of WORKFLOW_ACTIONS) {
          const response = await act(id, action, staff[role], bodyFor(action))
          if (response.status === 200) {
            succeeded.push(action)
            id = await build(state)
            continue
          }
          // Refused by a named rule, by the record's access (Forbidden: a public record that is not theirs to
          // change) or not found (not theirs to read); never a 500.
          expect([400, 403, 404, 409]).toContain(response.status)
          const [error] = response.body.errors
          if (error.data) expect(error.data.rule).toEqual(expect.stringMatching(/^[a-zA-Z]+\.[a-zA-Z]+$/))
          else expect([zh.translations.general.notFound, zh.translations.error.notAllowedToPerformAction]).toContain(error.message)
        }
        expect(succeeded.sort()).toEqual([...EXPECTED[state][role]].sort())
      })
    }
  }

  it('records the submission: who sent it and when, and a review_requested entry in the audit log', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    const { body } = await act(doc.id, 'submit', fx.editorA)
    expect(body.doc.secrecyReview).toMatchObject({ submittedBy: fx.editorA.id, submittedAt: expect.any(String), status: 'pending' })
    const audit = await app.payload.find({ collection: 'audit-log', where: { documentId: { equals: String(doc.id) } }, depth: 0 })
    expect(audit.docs.map((entry: any) => entry.action)).toContain('review_requested')
  })

  it('refuses a rejection without an opinion next to the opinion field', async () => {
    const id = await build('submitted')
    const response = await act(id, 'reject', fx.reviewerA, { opinion: '  ' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data).toMatchObject({ rule: 'workflow.opinionRequired', field: 'secrecyReview.opinion' })
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'secrecyReview.opinion', message: '退回或提出异议须填写意见。' })
  })

  it('offers the reviewer the version that last passed to compare with, else the first', async () => {
    const fresh = await build('submitted')
    const first = await rest(app.config, 'GET', `/disclosures/${fresh}/workflow`, { token: fx.reviewerA.token })
    expect(first.body.comparedVersion).toMatchObject({ from: expect.anything(), to: expect.anything(), passed: false })
    const id = await build('editedAfterPublish')
    const { body } = await rest(app.config, 'GET', `/disclosures/${id}/workflow`, { token: fx.reviewerA.token })
    const from = await app.payload.findVersionByID({ collection: 'disclosures', id: body.comparedVersion.from, depth: 0 })
    const to = await app.payload.findVersionByID({ collection: 'disclosures', id: body.comparedVersion.to, depth: 0 })
    expect(body.comparedVersion.passed).toBe(true)
    expect((from.version as any).secrecyReview.status).toBe('passed')
    // The newest version is the other editor's change, sent back to pending by it.
    expect(to.version as any).toMatchObject({ summary: '補充概述', secrecyReview: { status: 'pending' } })
  })

  const publish = async (id: number | string, headers: Record<string, string>) => {
    const response = await restHandler(app.config)(
      new Request(`http://localhost:3000/api/disclosures/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${fx.editorA.token}`, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ _status: 'published' }),
      }),
    )
    return { status: response.status, body: (await response.json()) as any }
  }

  it.each([
    ['Accept-Language: zh-TW', { 'Accept-Language': 'zh-TW' }, '保密審查尚未通過，不能發布。', '以下欄位無效'],
    ['the admin’s language cookie zh-TW', { Cookie: 'payload-lng=zh-TW' }, '保密審查尚未通過，不能發布。', '以下欄位無效'],
    ['no language', {}, '保密审查尚未通过，不能发布。', '下面的字段是无效的'],
    ['Accept-Language: en', { 'Accept-Language': 'en' }, '保密审查尚未通过，不能发布。', '下面的字段是无效的'],
  ])('answers a refused publish with %s in that script, without Latin letters', async (_, headers, message, summary) => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    const { status, body } = await publish(doc.id, headers)
    expect(status).toBe(400)
    const [error] = body.errors
    expect(error.data).toMatchObject({ rule: 'publish.notPassed', field: 'secrecyReview.status' })
    expect(error.data.errors[0]).toEqual({ message, path: 'secrecyReview.status', label: expect.anything() })
    expect(error.message).toContain(summary)
    expect(error.message).not.toMatch(/[A-Za-z]/)
    expect(error.data.errors[0].message).not.toMatch(/[A-Za-z]/)
  })
})
