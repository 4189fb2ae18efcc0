import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { renderToStaticMarkup } from 'react-dom/server'

import { WorkbenchDashboard } from '../../src/components/workbench/WorkbenchDashboard.js'
import { WorkbenchNavCounts } from '../../src/components/workbench/WorkbenchNavCounts.js'
import type { DashboardEntry } from '../../src/core/dashboardCounts.js'
import { dashboardAs, listAt, markSubmitted, patchLatest, writtenForDueSoon, writtenToday } from '../helpers/dashboard.js'
import { type Fixture, type Staff, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

type Id = number | string

/** Issue 12 item 1: each role's dashboard lines, counted as the user, equal the lists they link to. */
describe('the role dashboards', () => {
  let app: TestApp
  let fx: Fixture
  let bothA: Staff
  let deptC: { id: Id }
  const today = writtenToday()

  const staffOf = async (email: string, roles: string[], departments: Id[]): Promise<Staff> => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email, password: 'test-password-only', name: email.split('@')[0], roles, departments } as any,
    })
    const { token } = await app.payload.login({ collection: 'users', data: { email, password: 'test-password-only' } })
    return { id: user.id, email, token: token as string, user: { ...user, collection: 'users' } }
  }

  /** A draft of `author`'s department (A or B) written today unless said otherwise. */
  const draft = (author: Staff, department: Id, overrides: Record<string, unknown> = {}) =>
    as(app.payload, author).create('disclosures', recordData(fx, { department, writtenAt: today, ...overrides }))
  const submit = (id: Id, by: Staff) => markSubmitted(app.payload, 'disclosures', id, by.id)
  const review = (reviewer: Staff, id: Id, status: 'passed' | 'rejected', opinion: string) =>
    as(app.payload, reviewer).update('disclosures', id, { secrecyReview: { status, opinion } }, true)
  const edit = (editor: Staff, id: Id, title: string) => as(app.payload, editor).update('disclosures', id, { title }, true)

  beforeAll(async () => {
    app = await bootApp('dashboard')
    fx = await buildFixture(app.payload)
    deptC = await app.payload.create({
      collection: 'departments',
      data: { name: '市民政局', code: '113702000003', level: 'department' } as any,
    })
    bothA = await staffOf('both-a@test.localhost', ['editor', 'reviewer'], [fx.deptA.id])
    const A = fx.deptA.id
    const B = fx.deptB.id

    const noAttribute = await draft(fx.editorA, A, { title: 'A 未認定屬性' })
    await patchLatest(app.payload, 'disclosures', noAttribute.id, (version) => ({ ...version, disclosure: { attribute: null } }))
    await draft(fx.editorA, A, { title: 'A 起草中' })
    const submitted = await draft(fx.editorA, A, { title: 'A 已送審' })
    await submit(submitted.id, fx.editorA)
    // The reviewer changed this one's content: four eyes keeps it off their queue (secrecyReview.editors).
    const touched = await draft(fx.editorA, A, { title: 'A 審查員改過' })
    await edit(fx.reviewerA, touched.id, 'A 審查員改過（一）')
    await edit(fx.editorA, touched.id, 'A 審查員改過（二）')
    await submit(touched.id, fx.editorA)
    const ownWork = await draft(bothA, A, { title: 'A 兼任審查員起草' })
    await submit(ownWork.id, bothA)
    const rejected = await draft(fx.editorA, A, { title: 'A 被退回' })
    await submit(rejected.id, fx.editorA)
    await review(fx.reviewerA, rejected.id, 'rejected', '附件二数据尚未经市政府批准')
    const passed = await draft(fx.editorA, A, { title: 'A 已通過' })
    await submit(passed.id, fx.editorA)
    await review(fx.reviewerA, passed.id, 'passed', '无涉密内容')
    const onRequest = await draft(fx.editorA, A, { title: 'A 依申請', disclosure: { attribute: 'on_request', reason: '涉及个人信息' } })
    await review(fx.reviewerA, onRequest.id, 'passed', '同意依申请公开')
    const published = await draft(fx.editorA, A, { title: 'A 已發布' })
    await review(fx.reviewerA, published.id, 'passed', '无涉密内容')
    await as(app.payload, fx.editorA).publish('disclosures', published.id)
    await draft(fx.editorA, A, { title: 'A 逾期', writtenAt: '2024-09-27T04:00:00.000Z' })
    await draft(fx.editorA, A, { title: 'A 即將到期', writtenAt: writtenForDueSoon() })
    await draft(fx.editorA, A, { title: 'A 徵求乙', secrecyReview: { agencyConfirmations: [{ department: B }] } })

    const submittedB = await draft(fx.editorB, B, { title: 'B 已送審' })
    await submit(submittedB.id, fx.editorB)
    const rejectedB = await draft(fx.editorB, B, { title: 'B 被退回' })
    await review(fx.reviewerB, rejectedB.id, 'rejected', '请删去第三段')
    const lateB = await draft(fx.editorB, B, { title: 'B 逾期已送審', writtenAt: '2024-09-27T04:00:00.000Z' })
    await submit(lateB.id, fx.editorB)
    await draft(fx.editorB, B, { title: 'B 徵求甲', secrecyReview: { agencyConfirmations: [{ department: A }] } })
    // Department A answered this one; only department C's request is open.
    const answered = await draft(fx.editorB, B, {
      title: 'B 徵求甲丙',
      secrecyReview: { agencyConfirmations: [{ department: A }, { department: deptC.id }] },
    })
    const rows = answered.secrecyReview.agencyConfirmations.map((row: Record<string, any>) =>
      String(row.department) === String(A) ? { ...row, status: 'confirmed', note: '内容一致' } : row,
    )
    await as(app.payload, fx.editorA).update('disclosures', answered.id, { secrecyReview: { agencyConfirmations: rows } }, true)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const disclosureCounts = (entries: DashboardEntry[]) =>
    Object.fromEntries(entries.filter((entry) => entry.collection === 'disclosures').map((entry) => [entry.id, entry.count]))

  const editorLines = (counts: Partial<Record<string, number>>) => ({
    'editor.noAttribute': 0,
    'editor.pendingReview': 0,
    'editor.rejected': 0,
    'editor.readyToPublish': 0,
    'editor.dueSoon': 0,
    'editor.late': 0,
    ...counts,
  })

  const expected = (): [string, () => Staff, Record<string, number>][] => [
    [
      'an editor of A',
      () => fx.editorA,
      {
        ...editorLines({
          'editor.noAttribute': 1,
          'editor.pendingReview': 3,
          'editor.rejected': 1,
          'editor.readyToPublish': 1,
          'editor.dueSoon': 1,
          'editor.late': 1,
        }),
        'agency.confirmations': 1,
      },
    ],
    ['a reviewer of A', () => fx.reviewerA, { 'reviewer.waiting': 2, 'agency.confirmations': 1 }],
    [
      'an editor of A who also reviews',
      () => bothA,
      {
        ...editorLines({
          'editor.noAttribute': 1,
          'editor.pendingReview': 3,
          'editor.rejected': 1,
          'editor.readyToPublish': 1,
          'editor.dueSoon': 1,
          'editor.late': 1,
        }),
        'reviewer.waiting': 2,
        'agency.confirmations': 1,
      },
    ],
    [
      'an editor of B',
      () => fx.editorB,
      { ...editorLines({ 'editor.pendingReview': 2, 'editor.rejected': 1, 'editor.late': 1 }), 'agency.confirmations': 1 },
    ],
    ['a reviewer of B', () => fx.reviewerB, { 'reviewer.waiting': 2, 'agency.confirmations': 1 }],
    [
      'the office',
      () => fx.office,
      {
        [`office.late:${fx.deptA.id}`]: 1,
        [`office.late:${fx.deptB.id}`]: 1,
        [`office.pendingReviews:${fx.deptA.id}`]: 3,
        [`office.pendingReviews:${fx.deptB.id}`]: 2,
        [`office.pendingConfirmations:${fx.deptB.id}`]: 2,
        [`office.pendingConfirmations:${fx.deptA.id}`]: 1,
      },
    ],
  ]

  it('gives each role its lines with the numbers the fixture holds, and each equals the list it links to', async () => {
    for (const [who, staffOfCase, counts] of expected()) {
      const staff = staffOfCase()
      const entries = await dashboardAs(app.payload, staff)
      expect({ who, counts: disclosureCounts(entries) }).toEqual({ who, counts })
      for (const entry of entries) {
        const docs = await listAt(app, staff, entry)
        expect({ who, line: `${entry.collection}/${entry.id}`, count: entry.count }).toEqual({
          who,
          line: `${entry.collection}/${entry.id}`,
          count: docs.length,
        })
      }
    }
  })

  it('never counts a draft of department B on the editor or reviewer lines of department A', async () => {
    for (const staff of [fx.editorA, fx.reviewerA, bothA]) {
      const entries = (await dashboardAs(app.payload, staff)).filter((entry) => /^(editor|reviewer)\./.test(entry.id))
      expect(entries.length).toBeGreaterThan(0)
      for (const entry of entries) {
        const docs = await listAt(app, staff, entry)
        expect(docs.map((doc) => String(doc.department))).toEqual(docs.map(() => String(fx.deptA.id)))
      }
    }
  })

  it("never puts a reviewer's own work on their queue: author, last editor or anyone who changed it since the last pass", async () => {
    for (const reviewer of [fx.reviewerA, bothA]) {
      const [entry] = (await dashboardAs(app.payload, reviewer)).filter(
        (line) => line.id === 'reviewer.waiting' && line.collection === 'disclosures',
      )
      const ids = (await listAt(app, reviewer, entry)).map((doc) => doc.id)
      const { docs } = await app.payload.find({ collection: 'disclosures', where: { id: { in: ids } }, draft: true, depth: 0 })
      const involved = docs.map((doc: Record<string, any>) =>
        [doc.createdBy, doc.updatedBy, ...(doc.secrecyReview?.editors ?? [])].some((id) => String(id) === String(reviewer.id)),
      )
      expect(involved).toEqual(docs.map(() => false))
      expect(docs.map((doc) => doc.title).sort()).toEqual(
        reviewer === bothA ? ['A 審查員改過（二）', 'A 已送審'].sort() : ['A 兼任審查員起草', 'A 已送審'].sort(),
      )
    }
  })

  it('shows the opinion of a record sent back, linked to the record', async () => {
    const [entry] = (await dashboardAs(app.payload, fx.editorA)).filter(
      (line) => line.id === 'editor.rejected' && line.collection === 'disclosures',
    )
    expect(entry.items).toEqual([
      expect.objectContaining({
        title: 'A 被退回',
        note: '附件二数据尚未经市政府批准',
        href: expect.stringMatching(/^\/admin\/collections\/disclosures\/\d+$/),
      }),
    ])
  })

  const render = async (component: typeof WorkbenchDashboard, staff: Staff, language: 'zh' | 'zh-TW') =>
    renderToStaticMarkup((await component({ i18n: { language } as any, payload: app.payload, user: staff.user })) ?? null)

  it('renders the lines as links with their counts in the text, in the admin language, and the navigation counts', async () => {
    const simplified = await render(WorkbenchDashboard, fx.editorA, 'zh')
    const traditional = await render(WorkbenchDashboard, fx.editorA, 'zh-TW')
    expect(simplified).toContain('<h2 id="gongkai-workbench-title">我的待办</h2>')
    expect(traditional).toContain('<h2 id="gongkai-workbench-title">我的待辦</h2>')
    expect(simplified).toMatch(
      /<a data-dashboard-line="editor\.rejected" data-collection="disclosures" data-count="1" href="\/admin\/collections\/disclosures\?where[^"]+"[^>]*><span>审查未通过、退回修改<\/span><span[^>]*>1<\/span><\/a>/,
    )
    expect(traditional).toContain('<span>審查未通過、退回修改</span>')
    expect(simplified).toContain('附件二数据尚未经市政府批准')
    const nav = await render(WorkbenchNavCounts, fx.reviewerA, 'zh')
    expect(nav).toMatch(
      /<a data-nav-count="reviewer\.waiting" data-collection="disclosures" data-count="2" href="[^"]+"[^>]*><span>等待我审查<\/span><span[^>]*>2<\/span><\/a>/,
    )
  })

  it("lets department staff filter on a record's internal fields only among the records they may read them on", async () => {
    const titlesFor = async (staff: Staff, where: Record<string, unknown>) =>
      (
        await app.payload.find({
          collection: 'disclosures',
          where: where as any,
          depth: 0,
          limit: 100,
          overrideAccess: false,
          user: staff.user,
        })
      ).docs
        .map((doc) => doc.title)
        .sort()
    const byOpinion = { 'secrecyReview.opinion': { like: '无涉密内容' } }
    const byAuthor = { createdBy: { equals: fx.editorA.id } }
    // Department B's editor reads A's published record, but neither who wrote it nor what its reviewer said.
    expect(await titlesFor(fx.editorB, { title: { equals: 'A 已發布' } })).toEqual(['A 已發布'])
    expect(await titlesFor(fx.editorB, byOpinion)).toEqual([])
    expect(await titlesFor(fx.editorB, byAuthor)).toEqual([])
    expect(await titlesFor(fx.editorA, byOpinion)).toEqual(['A 已發布'])
    expect(await titlesFor(fx.editorA, byAuthor)).toContain('A 已發布')
  })
})
