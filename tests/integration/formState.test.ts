import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createLocalReq } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { ReviewStatus } from '../../src/components/disclosure/ReviewStatus.js'
import { loadReviewStatus } from '../../src/components/disclosure/reviewStatus.js'
import { graphql, rest } from '../helpers/api.js'
import { type Fixture, type Staff, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { adminForm, mayRead } from '../helpers/formState.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** The workflow fields of a record: attribute, review, agency answers, authorship, publication. */
const WORKFLOW_PATHS = [
  'indexNumber',
  'publishBy',
  'publishedLate',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'disclosure.attribute',
  'disclosure.reason',
  'disclosure.grounds',
  'disclosure.decidedBy',
  'disclosure.decidedAt',
  'secrecyReview.status',
  'secrecyReview.reviewer',
  'secrecyReview.reviewedAt',
  'secrecyReview.submittedBy',
  'secrecyReview.submittedAt',
  'secrecyReview.opinion',
  'secrecyReview.editors',
  'secrecyReview.contentHash',
]
const ROW_FIELDS = ['department', 'status', 'confirmedBy', 'confirmedAt', 'note']

const REJECTION = '附件二列有尚未經市政府批准的定額測算數據，請刪去後重新送審。'

const valueAt = (doc: Record<string, any> | null, path: string): unknown =>
  path.split('.').reduce<any>((node, key) => (node == null ? undefined : node[key]), doc)

/** The paths to compare: the workflow fields, and each agency row's fields as the admin names them. */
const pathsOf = (doc: Record<string, any>): string[] => [
  ...WORKFLOW_PATHS,
  ...(doc.secrecyReview?.agencyConfirmations ?? []).flatMap((_: unknown, index: number) =>
    ROW_FIELDS.map((field) => `secrecyReview.agencyConfirmations.${index}.${field}`),
  ),
]

describe('the admin form shows each workflow field the API gives the same user', () => {
  let app: TestApp
  let fx: Fixture
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    app = await bootApp('form_state')
    fx = await buildFixture(app.payload)
    const editor = as(app.payload, fx.editorA)
    const reviewer = as(app.payload, fx.reviewerA)
    ids.pending = (await editor.create('disclosures', recordData(fx, { title: '待審查的草稿' }))).id
    ids.passed = (await editor.create('disclosures', recordData(fx, { title: '已通過審查的草稿' }))).id
    await reviewer.pass('disclosures', ids.passed)
    ids.rejected = (await editor.create('disclosures', recordData(fx, { title: '被退回的草稿' }))).id
    await reviewer.update('disclosures', ids.rejected, { secrecyReview: { status: 'rejected', opinion: REJECTION } }, true)
    ids.published = (await publishedRecord(app.payload, fx, { title: '已發布的信息' })).id
    ids.onRequest = (
      await editor.create('disclosures', recordData(fx, { disclosure: { attribute: 'on_request', reason: '涉及特定群體的信息' } }))
    ).id
    ids.notDisclosed = (
      await editor.create(
        'disclosures',
        recordData(fx, { disclosure: { attribute: 'not_disclosed', reason: '內部人事管理', grounds: ['internal_affairs'] } }),
      )
    ).id
    await reviewer.pass('disclosures', ids.notDisclosed)
    ids.asked = (
      await editor.create(
        'disclosures',
        recordData(fx, {
          disclosure: { attribute: 'on_request', reason: '涉及教育局的考試安排' },
          secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] },
        }),
      )
    ).id
    const stored: any = await app.payload.findByID({ collection: 'disclosures', id: ids.asked, draft: true, depth: 0 })
    const [row] = stored.secrecyReview.agencyConfirmations
    await as(app.payload, fx.editorB).update(
      'disclosures',
      ids.asked,
      { secrecyReview: { agencyConfirmations: [{ ...row, status: 'confirmed', note: '口徑一致' }] } },
      true,
    )
  })

  afterAll(async () => {
    await app?.payload.destroy()
  })

  const staffOf = (): Record<string, Staff> => ({
    'an editor of the department': fx.editorA,
    'the reviewer of the department': fx.reviewerA,
    'the disclosure office': fx.office,
    'staff of the asked agency, or of another department': fx.editorB,
    'a reviewer of another department': fx.reviewerB,
  })

  const STATES = ['pending', 'passed', 'rejected', 'published', 'onRequest', 'notDisclosed', 'asked']

  for (const who of [
    'an editor of the department',
    'the reviewer of the department',
    'the disclosure office',
    'staff of the asked agency, or of another department',
    'a reviewer of another department',
  ]) {
    it(`gives ${who} in the form exactly the workflow values REST gives them, in every state`, async () => {
      const staff = staffOf()[who]
      for (const state of STATES) {
        const response = await rest(app.config, 'GET', `/disclosures/${ids[state]}?draft=true&depth=0`, { token: staff.token })
        const form = await adminForm(app.payload, staff, 'disclosures', ids[state])
        if (response.status === 404) {
          expect({ state, form: form.doc }).toEqual({ state, form: null })
          continue
        }
        expect({ state, status: response.status }).toEqual({ state, status: 200 })
        for (const path of pathsOf(response.body)) {
          const api = valueAt(response.body, path)
          const shown = form.state[path]?.value ?? null
          expect({ state, path, shown }).toEqual({ state, path, shown: api ?? null })
          if (api !== undefined) expect({ state, path, readable: mayRead(form.permissions, path) }).toEqual({ state, path, readable: true })
        }
      }
    })
  }

  it('shows the rejection opinion to the editor and the reviewer, and the review result to the editor of a published record', async () => {
    for (const staff of [fx.editorA, fx.reviewerA]) {
      expect((await adminForm(app.payload, staff, 'disclosures', ids.rejected)).state['secrecyReview.opinion']?.value).toBe(REJECTION)
    }
    const published = await adminForm(app.payload, fx.editorA, 'disclosures', ids.published)
    expect(published.state['secrecyReview.status']?.value).toBe('passed')
    expect(published.state['secrecyReview.reviewer']?.value).toBe(fx.reviewerA.id)
    expect(published.state['createdBy']?.value).toBe(fx.editorA.id)
  })

  it('shows the asked agency the review of the record it confirms, but not the reason, which is the department’s', async () => {
    const form = await adminForm(app.payload, fx.editorB, 'disclosures', ids.asked)
    expect(form.state['secrecyReview.agencyConfirmations.0.note']?.value).toBe('口徑一致')
    expect(form.state['secrecyReview.agencyConfirmations.0.status']?.value).toBe('confirmed')
    expect(form.state['disclosure.reason']?.value).toBeUndefined()
    expect(mayRead(form.permissions, 'disclosure.reason')).toBe(false)
  })

  describe('on a new record', () => {
    it('shows an editor the reason once the attribute is on_request, and the grounds too once it is not_disclosed', async () => {
      const shown = async (attribute: string) => {
        const { state, permissions } = await adminForm(app.payload, fx.editorA, 'disclosures', undefined, {
          department: fx.deptA.id,
          disclosure: { attribute },
        })
        const visible = (path: string) => path in state && state[path].passesCondition !== false && mayRead(permissions, path)
        return { attribute, reason: visible('disclosure.reason'), grounds: visible('disclosure.grounds') }
      }
      expect(await shown('proactive')).toEqual({ attribute: 'proactive', reason: false, grounds: false })
      expect(await shown('on_request')).toEqual({ attribute: 'on_request', reason: true, grounds: false })
      expect(await shown('not_disclosed')).toEqual({ attribute: 'not_disclosed', reason: true, grounds: true })
    })

    it('lets the create form read the reason before a department is chosen (document permissions on create)', async () => {
      const { permissions } = await adminForm(app.payload, fx.editorA, 'disclosures')
      expect(mayRead(permissions, 'disclosure.reason')).toBe(true)
      expect(mayRead(permissions, 'disclosure.grounds')).toBe(true)
    })
  })

  describe('the department field', () => {
    it('is pre-filled with the editor’s department on a new record, and left to city-wide staff to choose', async () => {
      expect((await adminForm(app.payload, fx.editorA, 'disclosures')).state.department?.value).toBe(fx.deptA.id)
      expect((await adminForm(app.payload, fx.office, 'disclosures')).state.department?.value ?? null).toBeNull()
    })

    it('is pre-filled on interpretations too, and on media for staff of a single department', async () => {
      expect((await adminForm(app.payload, fx.editorA, 'interpretations')).state.department?.value).toBe(fx.deptA.id)
      expect((await adminForm(app.payload, fx.editorA, 'media')).state.department?.value).toBe(fx.deptA.id)
    })

    it('offers an editor only their own departments, and city-wide staff all of them', async () => {
      const offered = async (staff: Staff) => {
        const { state } = await adminForm(app.payload, staff, 'disclosures')
        const filter = (state.department?.filterOptions as Record<string, any> | undefined)?.departments
        const found = await app.payload.find({
          collection: 'departments',
          ...(filter === true || filter === undefined ? {} : { where: filter }),
          depth: 0,
          overrideAccess: false,
          user: staff.user,
        })
        return found.docs.map((doc) => doc.id).sort()
      }
      expect(await offered(fx.editorA)).toEqual([fx.deptA.id])
      expect(await offered(fx.office)).toEqual([fx.deptA.id, fx.deptB.id].sort())
    })
  })

  describe('the review status line', () => {
    const line = async (staff: Staff, id: number | string, language = 'zh') => {
      const req = await createLocalReq({ user: staff.user }, app.payload)
      const { doc } = await adminForm(app.payload, staff, 'disclosures', id)
      const render = ReviewStatus as (props: unknown) => Promise<ReactElement>
      const element = await render({ collectionSlug: 'disclosures', data: doc, i18n: { ...req.i18n, language }, id, req })
      return { view: await loadReviewStatus(req, 'disclosures', id, doc?.secrecyReview), html: renderToStaticMarkup(element) }
    }

    it('shows the editor and the reviewer a rejection with reviewer, China time and opinion, and its history', async () => {
      for (const staff of [fx.editorA, fx.reviewerA]) {
        const { view, html } = await line(staff, ids.rejected)
        expect(view).toMatchObject({ status: 'rejected', reviewer: 'reviewer-a', opinion: REJECTION })
        expect(view.at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
        expect(view.history.map((entry) => [entry.action, entry.who, entry.note])).toContainEqual([
          'review_rejected',
          'reviewer-a',
          REJECTION,
        ])
        expect(html).toContain('data-review-status="rejected"')
        expect(html).toContain('审查不通过')
        expect(html).toContain(REJECTION)
      }
    })

    it('shows each agency’s answer with department, state, who, when and note, in the user’s script', async () => {
      const { view, html } = await line(fx.editorA, ids.asked, 'zh-TW')
      expect(view.confirmations).toEqual([
        {
          department: '市教育局',
          status: 'confirmed',
          who: 'editor-b',
          at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
          note: '口徑一致',
        },
      ])
      expect(html).toContain('data-agency-confirmation="confirmed"')
      expect(html).toContain('審查狀態')
      // No English of ours in the text (the fixture's account names are Latin, so they are left out).
      expect(html.replace(/<[^>]*>/g, ' ').replace(/editor-[ab]/g, '')).not.toMatch(/[A-Za-z]/)
    })

    it('gives the asked agency its own answer but not the department’s review history it may not read', async () => {
      const { view } = await line(fx.editorB, ids.asked)
      expect(view.confirmations[0]).toMatchObject({ status: 'confirmed', who: 'editor-b' })
      expect(view.history.every((entry) => entry.action.startsWith('agency_'))).toBe(true)
    })
  })

  describe('against staff of another department', () => {
    it('gives no internal field of a published record through a REST select that leaves out the department', async () => {
      const response = await rest(
        app.config,
        'GET',
        `/disclosures/${ids.published}?depth=0&select[secrecyReview]=true&select[disclosure]=true&select[createdBy]=true`,
        { token: fx.editorB.token },
      )
      expect(response.status).toBe(200)
      expect(response.body.secrecyReview).toBeUndefined()
      expect(response.body.createdBy).toBeUndefined()
      expect(response.body.disclosure?.decidedBy).toBeUndefined()
    })

    it('gives no internal field of a published record through GraphQL without the id or department', async () => {
      const response = await graphql(
        app.config,
        `
          {
            Disclosures(where: { title: { equals: "已發布的信息" } }) {
              docs {
                title
                secrecyReview {
                  status
                  opinion
                }
                createdBy {
                  id
                }
                disclosure {
                  decidedBy {
                    id
                  }
                }
              }
            }
          }
        `,
        { token: fx.editorB.token },
      )
      const [doc] = response.body.data?.Disclosures?.docs ?? []
      expect(doc?.title).toBe('已發布的信息')
      expect(
        [doc.secrecyReview?.status, doc.secrecyReview?.opinion, doc.createdBy, doc.disclosure?.decidedBy].map((v) => v ?? null),
      ).toEqual([null, null, null, null])
    })

    it('does not give the asked agency the reason through a versions select without the department', async () => {
      const response = await rest(
        app.config,
        'GET',
        `/disclosures/versions?where[parent][equals]=${ids.asked}&depth=0&select[version][disclosure]=true`,
        { token: fx.editorB.token },
      )
      expect(response.status).toBe(200)
      expect(response.body.docs.length).toBeGreaterThan(0)
      expect(response.body.docs.map((doc: any) => doc.version?.disclosure?.reason ?? null)).toEqual(response.body.docs.map(() => null))
    })

    it('does not let the asked agency find the record by its reason with a where query', async () => {
      const response = await rest(
        app.config,
        'GET',
        `/disclosures?draft=true&depth=0&where[disclosure.reason][like]=${encodeURIComponent('考試安排')}`,
        { token: fx.editorB.token },
      )
      expect(response.status).toBeLessThan(500)
      expect((response.body.docs ?? []).map((doc: any) => doc.id)).not.toContain(ids.asked)
    })
  })
})
