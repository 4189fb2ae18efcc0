import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { rest, restRaw } from '../helpers/api.js'
import { type Fixture, type Staff, buildFixture, recordData, richText } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/**
 * Issue 10 as a property: staff of three departments — editors, reviewers, the staff of agencies asked
 * to confirm, city-wide staff — do random things, and every request may carry what the admin never sends
 * (authorship, review fields, another department's ids, rewritten agency rows). After every step, judged
 * from this test's own record of who did what (never from the fields the system writes):
 * - every published record's content, agencies asked and file bytes are exactly what a reviewer passed;
 * - that reviewer was a reviewer of the department who neither wrote it nor changed it since the last review;
 * - every agency asked has confirmed, each by its own staff;
 * - the audit log holds every decision the step made, with its actor (and the agency, for Art. 11).
 */

type Dept = 0 | 1 | 2
type Hostile = { createdBy?: number; updatedBy?: number; reviewField?: boolean; department?: Dept; rowDepartment?: Dept }
type Step =
  | { kind: 'create'; by: number; dept: Dept; hostile: Hostile }
  | { kind: 'edit'; by: number; target: number; draft: boolean; hostile: Hostile }
  | { kind: 'review'; by: number; target: number; verdict: 'passed' | 'rejected'; hostile: Hostile }
  | { kind: 'ask' | 'withdraw'; by: number; target: number; dept: Dept }
  | { kind: 'answer'; by: number; target: number; status: 'confirmed' | 'disputed'; hostile: Hostile }
  | { kind: 'publish' | 'unpublish'; by: number; target: number }
  | { kind: 'upload'; by: number; dept: Dept }
  | { kind: 'attach'; by: number; target: number; media: number }
  | { kind: 'replace' | 'deleteMedia'; by: number; media: number }

const by = fc.nat(9)
const target = fc.oneof({ weight: 2, arbitrary: fc.constant(-1) }, { weight: 3, arbitrary: fc.nat(20) })
const dept = fc.constantFrom<Dept>(0, 1, 2)
const hostile: fc.Arbitrary<Hostile> = fc.record(
  { createdBy: fc.nat(9), updatedBy: fc.nat(9), reviewField: fc.boolean(), department: dept, rowDepartment: dept },
  { requiredKeys: [] },
)
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), by, dept, hostile }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), by, target, draft: fc.boolean(), hostile }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      by,
      target,
      verdict: fc.constantFrom('passed' as const, 'passed' as const, 'rejected' as const),
      hostile,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ask' as const), by, target, dept }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), by, target, dept }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      by,
      target,
      status: fc.constantFrom('confirmed' as const, 'confirmed' as const, 'disputed' as const),
      hostile,
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('publish' as const), by, target }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unpublish' as const), by, target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('upload' as const), by, dept }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('attach' as const), by, target, media: fc.nat(10) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), by, media: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteMedia' as const), by, media: fc.nat(10) }) },
)

/** A walk that reaches a publication with an agency asked, a file, and a hostile pass attempt on the way. */
const WALKTHROUGH: Step[] = [
  { kind: 'upload', by: 0, dept: 0 },
  { kind: 'create', by: 0, dept: 0, hostile: { createdBy: 2, updatedBy: 2 } },
  { kind: 'attach', by: 0, target: -1, media: 0 },
  { kind: 'ask', by: 0, target: -1, dept: 1 },
  { kind: 'edit', by: 2, target: -1, draft: true, hostile: {} },
  { kind: 'review', by: 2, target: -1, verdict: 'passed', hostile: { updatedBy: 0 } },
  { kind: 'review', by: 9, target: -1, verdict: 'passed', hostile: {} },
  { kind: 'answer', by: 0, target: -1, status: 'confirmed', hostile: { rowDepartment: 0 } },
  { kind: 'answer', by: 3, target: -1, status: 'confirmed', hostile: {} },
  { kind: 'publish', by: 0, target: -1 },
  { kind: 'replace', by: 3, media: 0 },
  { kind: 'replace', by: 0, media: 0 },
  { kind: 'unpublish', by: 3, target: -1 },
  { kind: 'withdraw', by: 0, target: -1, dept: 1 },
  { kind: 'publish', by: 0, target: -1 },
]

type Id = number | string
type Passed = { content: string; asked: string; files: Map<string, string> }
type Model = { id: Id; dept: Dept; author: Id; editors: Set<string>; passed: Passed | null; confirmedBy: Map<string, Id> }
type Decision = { action: string; user: Id; agency?: Id }

const sha = (value: string | Buffer) => createHash('sha256').update(value).digest('hex')
const idOf = (value: unknown): string => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)
const refsOf = (doc: any): string[] => [...(doc.attachments ?? []).map(idOf), ...(doc.cover ? [idOf(doc.cover)] : [])]
const askedOf = (doc: any): string =>
  [...new Set((doc.secrecyReview?.agencyConfirmations ?? []).map((row: any) => idOf(row.department)))].sort().join(',')
/** This test's own notion of content, independent of the system's hash. */
const contentOf = (doc: any): string =>
  JSON.stringify([
    doc.title,
    doc.summary ?? null,
    doc.body ?? null,
    idOf(doc.department),
    refsOf(doc),
    doc.disclosure?.attribute,
    doc.disclosure?.reason ?? null,
    doc.disclosure?.grounds ?? [],
  ])

describe('the review rules hold against hostile staff of three departments (property)', () => {
  let app: TestApp
  let fx: Fixture
  let staff: Staff[]
  let departments: any[]
  const records: Model[] = []
  const media: { id: Id; url: string }[] = []
  const seenAudit = new Set<string>()
  let counter = 0

  const login = async (email: string, roles: string[], departmentIds: Id[]): Promise<Staff> => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email, password: 'test-password-only', name: email.split('@')[0], roles, departments: departmentIds } as any,
    })
    const { token } = await app.payload.login({ collection: 'users', data: { email, password: 'test-password-only' } })
    return { id: user.id, email, token: token as string, user: { ...user, collection: 'users' } }
  }

  beforeAll(async () => {
    app = await bootApp('staff_property')
    fx = await buildFixture(app.payload)
    const deptC = await app.payload.create({
      collection: 'departments',
      data: { name: '市審計局', code: '113702000003', level: 'department' } as any,
    })
    departments = [fx.deptA, fx.deptB, deptC]
    // 0 editorA, 1 editor2A, 2 reviewerA, 3 editorB, 4 reviewerB, 5 editorC, 6 reviewerC, 7 office, 8 admin, 9 city-wide reviewer
    staff = [
      fx.editorA,
      fx.editor2A,
      fx.reviewerA,
      fx.editorB,
      fx.reviewerB,
      await login('editor-c@test.localhost', ['editor'], [deptC.id]),
      await login('reviewer-c@test.localhost', ['reviewer'], [deptC.id]),
      fx.office,
      fx.admin,
      await login('city-reviewer@test.localhost', ['office', 'reviewer'], []),
    ]
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const pick = <T>(list: T[], index: number): T | undefined =>
    list.length === 0 ? undefined : index < 0 ? list[list.length - 1] : list[index % list.length]
  const deptId = (index: Dept) => departments[index].id
  const memberOf = (user: Staff, department: unknown) => (user.user.departments ?? []).some((id: unknown) => idOf(id) === idOf(department))
  const isReviewerFor = (user: Staff, department: unknown) =>
    (user.user.roles ?? []).includes('reviewer') &&
    (memberOf(user, department) || ['admin', 'office'].some((role) => (user.user.roles ?? []).includes(role)))
  const ok = (response: { status: number }) => response.status >= 200 && response.status < 300
  const latest = (id: Id): Promise<any> =>
    app.payload.findByID({ collection: 'disclosures', id, depth: 0, draft: true, overrideAccess: true })
  const main = (id: Id): Promise<any> => app.payload.findByID({ collection: 'disclosures', id, depth: 0, overrideAccess: true })
  const patch = (id: Id, user: Staff, body: unknown, draft: boolean) =>
    rest(app.config, 'PATCH', `/disclosures/${id}${draft ? '?draft=true' : ''}`, { token: user.token, body })
  const fileDigest = async (mediaId: string): Promise<string> => {
    const doc = await app.payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true }).catch(() => null)
    if (!doc?.url) return 'missing'
    const response = await restRaw(app.config, doc.url as string, fx.admin.token)
    return response.status === 200 ? sha(Buffer.from(await response.arrayBuffer())) : `status ${response.status}`
  }
  const image = async (n: number) => {
    const { default: sharp } = await import('sharp')
    const data = await sharp({
      create: { width: 24, height: 16, channels: 3, background: { r: (n * 37) % 256, g: (n * 91) % 256, b: 40 } },
    })
      .png()
      .toBuffer()
    return { data, mimetype: 'image/png', name: `staff-${n}.png`, size: data.length }
  }

  /** Extra fields the admin never sends. */
  const hostileFields = (hostile: Hostile): Record<string, unknown> => ({
    ...(hostile.createdBy !== undefined ? { createdBy: staff[hostile.createdBy].id } : {}),
    ...(hostile.updatedBy !== undefined ? { updatedBy: staff[hostile.updatedBy].id } : {}),
    ...(hostile.reviewField ? { secrecyReview: { status: 'passed', reviewer: staff[9].id, contentHash: 'f'.repeat(64) } } : {}),
    ...(hostile.department !== undefined ? { department: deptId(hostile.department) } : {}),
  })

  /** Runs one step; returns the record it touched and the actor, or nothing for a media step. */
  const apply = async (step: Step): Promise<{ record?: Model; actor: Staff; ok: boolean }> => {
    const actor = staff[step.by]
    if (step.kind === 'create') {
      const body = {
        ...recordData(fx, { title: `員工屬性 ${(counter += 1)}`, department: deptId(step.dept), body: richText(`正文 ${counter}`) }),
        ...hostileFields(step.hostile),
      }
      const response = await rest(app.config, 'POST', '/disclosures?draft=true', { token: actor.token, body })
      if (!ok(response)) return { actor, ok: false }
      const doc = response.body.doc
      const record: Model = {
        id: doc.id,
        dept: departments.findIndex((d) => idOf(d) === idOf(doc.department)) as Dept,
        author: actor.id,
        editors: new Set([String(actor.id)]),
        passed: null,
        confirmedBy: new Map(),
      }
      records.push(record)
      return { record, actor, ok: true }
    }
    if (step.kind === 'upload') {
      const doc = await app.payload
        .create({
          collection: 'media',
          data: { alt: `圖 ${(counter += 1)}`, department: deptId(step.dept) } as any,
          file: await image(counter),
          user: actor.user,
          overrideAccess: false,
        })
        .catch(() => null)
      if (doc) media.push({ id: doc.id, url: doc.url as string })
      return { actor, ok: Boolean(doc) }
    }
    if (step.kind === 'replace' || step.kind === 'deleteMedia') {
      const file = pick(media, step.media)
      if (!file) return { actor, ok: false }
      const done =
        step.kind === 'replace'
          ? await app.payload
              .update({
                collection: 'media',
                id: file.id,
                data: {},
                file: await image((counter += 1)),
                user: actor.user,
                overrideAccess: false,
              })
              .then(
                () => true,
                () => false,
              )
          : await app.payload.delete({ collection: 'media', id: file.id, user: actor.user, overrideAccess: false }).then(
              () => true,
              () => false,
            )
      return { actor, ok: done }
    }
    const record = pick(records, (step as { target: number }).target)
    if (!record) return { actor, ok: false }
    const doc = await latest(record.id)
    const rows = doc.secrecyReview?.agencyConfirmations ?? []
    let response: { status: number }
    switch (step.kind) {
      case 'edit':
        response = await patch(record.id, actor, { summary: `摘要 ${(counter += 1)}`, ...hostileFields(step.hostile) }, step.draft)
        break
      case 'review':
        response = await patch(
          record.id,
          actor,
          { ...hostileFields(step.hostile), secrecyReview: { status: step.verdict, opinion: `意見 ${(counter += 1)}` } },
          true,
        )
        break
      case 'ask':
        response = await patch(
          record.id,
          actor,
          { secrecyReview: { agencyConfirmations: [...rows, { department: deptId(step.dept) }] } },
          true,
        )
        break
      case 'withdraw':
        response = await patch(
          record.id,
          actor,
          { secrecyReview: { agencyConfirmations: rows.filter((row: any) => idOf(row.department) !== idOf(deptId(step.dept))) } },
          true,
        )
        break
      case 'answer': {
        const answered = rows.map((row: any, index: number) =>
          index === 0
            ? {
                ...row,
                status: step.status,
                ...(step.hostile.rowDepartment !== undefined ? { department: deptId(step.hostile.rowDepartment) } : {}),
              }
            : row,
        )
        response = await patch(record.id, actor, { secrecyReview: { agencyConfirmations: answered } }, true)
        break
      }
      case 'publish':
        response = await patch(record.id, actor, { _status: 'published' }, false)
        break
      case 'unpublish':
        response = await patch(record.id, actor, { _status: 'draft' }, false)
        break
      case 'attach': {
        const file = pick(media, step.media)
        if (!file) return { record, actor, ok: false }
        response = await patch(record.id, actor, { attachments: [file.id] }, true)
        break
      }
    }
    return { record, actor, ok: ok(response) }
  }

  /** Brings the model up to date from what the step observably did, and lists the decisions it must have logged. */
  const observe = async (record: Model, actor: Staff, before: { latest: any; main: any }, context: string): Promise<Decision[]> => {
    const after = { latest: await latest(record.id), main: await main(record.id) }
    const decisions: Decision[] = []
    if (contentOf(before.latest) !== contentOf(after.latest)) record.editors.add(String(actor.id))
    const review = after.latest.secrecyReview ?? {}
    if (review.reviewedAt && review.reviewedAt !== before.latest.secrecyReview?.reviewedAt) {
      expect([context, 'reviewer of the department', isReviewerFor(actor, deptId(record.dept))]).toEqual([
        context,
        'reviewer of the department',
        true,
      ])
      expect([context, 'four eyes', String(record.author) === String(actor.id) || record.editors.has(String(actor.id))]).toEqual([
        context,
        'four eyes',
        false,
      ])
      record.editors.clear()
      decisions.push({ action: review.status === 'passed' ? 'review_passed' : 'review_rejected', user: actor.id })
      record.passed =
        review.status === 'passed'
          ? {
              content: contentOf(after.latest),
              asked: askedOf(after.latest),
              files: new Map(await Promise.all(refsOf(after.latest).map(async (id) => [id, await fileDigest(id)] as const))),
            }
          : null
    }
    const rowsBefore: any[] = before.latest.secrecyReview?.agencyConfirmations ?? []
    const rowsAfter: any[] = after.latest.secrecyReview?.agencyConfirmations ?? []
    for (const row of rowsAfter) {
      const old = rowsBefore.find((candidate) => candidate.id === row.id)
      if (!old) decisions.push({ action: 'agency_requested', user: actor.id, agency: idOf(row.department) })
      else if (old.status !== row.status && row.status !== 'pending') {
        expect([context, 'answered by the agency', memberOf(actor, row.department)]).toEqual([context, 'answered by the agency', true])
        record.confirmedBy.set(String(row.id), actor.id)
        decisions.push({ action: 'agency_confirmation', user: actor.id, agency: idOf(row.department) })
      }
    }
    for (const row of rowsBefore.filter((candidate) => !rowsAfter.some((after) => after.id === candidate.id))) {
      decisions.push({ action: 'agency_withdrawn', user: actor.id, agency: idOf(row.department) })
    }
    if (before.main._status !== after.main._status)
      decisions.push({ action: after.main._status === 'published' ? 'published' : 'unpublished', user: actor.id })
    return decisions
  }

  /** Every published record is what a reviewer passed, confirmed by every agency asked, with the bytes reviewed. */
  const checkPublished = async (context: string) => {
    for (const record of records) {
      const doc = await main(record.id)
      if (doc._status !== 'published') continue
      const where = `${context} record ${record.id}`
      expect([where, 'passed', record.passed !== null]).toEqual([where, 'passed', true])
      expect([where, 'content', contentOf(doc)]).toEqual([where, 'content', record.passed!.content])
      expect([where, 'agencies', askedOf(doc)]).toEqual([where, 'agencies', record.passed!.asked])
      for (const row of doc.secrecyReview?.agencyConfirmations ?? []) {
        const answeredBy = staff.find((user) => String(user.id) === String(record.confirmedBy.get(String(row.id))))
        expect([where, row.status, answeredBy ? memberOf(answeredBy, row.department) : 'nobody']).toEqual([where, 'confirmed', true])
      }
      for (const id of refsOf(doc))
        expect([where, 'file', id, await fileDigest(id)]).toEqual([where, 'file', id, record.passed!.files.get(id)])
    }
  }

  const checkAudit = async (record: Model, decisions: Decision[], context: string) => {
    const entries = (
      await app.payload.find({
        collection: 'audit-log',
        where: { documentId: { equals: String(record.id) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs as any[]
    const fresh = entries.filter((entry) => !seenAudit.has(String(entry.id)))
    for (const entry of fresh) seenAudit.add(String(entry.id))
    for (const decision of decisions) {
      const found = fresh.some(
        (entry) =>
          entry.action === decision.action &&
          String(entry.user) === String(decision.user) &&
          (decision.agency === undefined || String(entry.agency) === String(decision.agency)),
      )
      expect([context, 'audit', decision, found]).toEqual([context, 'audit', decision, true])
    }
  }

  const run = async (steps: Step[]) => {
    const history: Step[] = []
    for (const step of steps) {
      history.push(step)
      const context = JSON.stringify(history)
      const touched = 'target' in step ? pick(records, step.target) : undefined
      const before = touched ? { latest: await latest(touched.id), main: await main(touched.id) } : null
      const { record, actor, ok: succeeded } = await apply(step)
      const observed = record ?? touched
      if (observed && before && succeeded) await checkAudit(observed, await observe(observed, actor, before, context), context)
      else if (observed && before) {
        // A refused step changes nothing at all.
        expect([context, 'refused step changed nothing', contentOf(await latest(observed.id)), (await main(observed.id))._status]).toEqual([
          context,
          'refused step changed nothing',
          contentOf(before.latest),
          before.main._status,
        ])
      } else if (record && step.kind === 'create') await checkAudit(record, [], context)
      await checkPublished(context)
    }
  }

  it('holds along a walkthrough that tries each hole', async () => {
    await run(WALKTHROUGH)
    // Published once the agency confirmed; every later attempt on it (swapped file, the agency unpublishing,
    // the editor withdrawing the request) was refused, so it is still published, as reviewed.
    const [walked] = records
    expect((await main(walked.id))._status).toBe('published')
    expect(records[0].passed?.asked).toBe(String(fx.deptB.id))
  })

  it('holds for random sequences of staff actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 30 }), async (steps) => {
        records.length = 0
        await run(steps)
      }),
      {
        numRuns: Number(process.env.STAFF_PROPERTY_RUNS ?? 12),
        seed: process.env.STAFF_PROPERTY_SEED ? Number(process.env.STAFF_PROPERTY_SEED) : undefined,
      },
    )
  })
})
