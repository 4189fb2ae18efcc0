import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, graphql, rest } from '../helpers/api.js'
import { type Fixture, type Staff, as, buildFixture, publishedRecord, recordData, richText, recordSteps } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/**
 * Red-team pass over the review rules of issue 10 (holes 1–3, 6, 13). Each test is an attack; it FAILS
 * when the attack succeeds. Tests that pass document attacks that were tried and held.
 */
describe('red team: attacks on the review rules', () => {
  let app: TestApp
  let fx: Fixture
  let reviewer2A: Staff

  beforeAll(async () => {
    app = await bootApp('redteam')
    fx = await buildFixture(app.payload)
    const created = await app.payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2-a@test.localhost',
        password: 'test-password-only',
        name: 'reviewer2-a',
        roles: ['reviewer'],
        departments: [fx.deptA.id],
      } as any,
    })
    const { token } = await app.payload.login({
      collection: 'users',
      data: { email: 'reviewer2-a@test.localhost', password: 'test-password-only' },
    })
    reviewer2A = { id: created.id, email: created.email as string, token: token as string, user: { ...created, collection: 'users' } }
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const draft = (overrides: Record<string, unknown> = {}) => recordSteps(app, fx).draft(overrides)
  const latest = (id: number | string) => recordSteps(app, fx).latest(id)
  const main = (id: number | string) => recordSteps(app, fx).main(id)
  const patch = (id: number | string, token: string, body: unknown, draftSave = false) =>
    recordSteps(app, fx).patch(id, token, body, draftSave)

  /** A record asking department B to confirm: B confirms, A's reviewer passes, A's editor publishes. */
  const confirmedAndPublished = async () => {
    const doc = await draft({ secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } })
    const [row] = (await latest(doc.id)).secrecyReview.agencyConfirmations
    const confirm = await patch(
      doc.id,
      fx.editorB.token,
      { secrecyReview: { agencyConfirmations: [{ id: row.id, status: 'confirmed' }] } },
      true,
    )
    expect(confirm.status).toBe(200)
    await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
    const published = await patch(doc.id, fx.editorA.token, { _status: 'published' })
    expect(published.status).toBe(200)
    return main(doc.id)
  }

  describe('four eyes', () => {
    it('refuses a reviewer passing their own edit after a second reviewer only wrote an opinion on it', async () => {
      const doc = await draft()
      expect((await patch(doc.id, fx.reviewerA.token, { summary: '審查員自己寫的摘要' }, true)).status).toBe(200)
      expect((await patch(doc.id, fx.editorA.token, { title: '信息員再改標題' }, true)).status).toBe(200)
      // An opinion note is not a review, but it empties the list of who changed the content.
      expect((await patch(doc.id, reviewer2A.token, { secrecyReview: { opinion: '請再核對摘要' } }, true)).status).toBe(200)
      const pass = await patch(doc.id, fx.reviewerA.token, { secrecyReview: { status: 'passed' } }, true)
      expect(pass.status).toBe(403)
      expect(errorText(pass.body)).toContain('review.fourEyes')
    })

    it('refuses a reviewer passing their own edit after a second reviewer rejected it and the author touched it', async () => {
      const doc = await draft()
      expect((await patch(doc.id, fx.reviewerA.token, { summary: '審查員自己寫的摘要' }, true)).status).toBe(200)
      expect((await patch(doc.id, reviewer2A.token, { secrecyReview: { status: 'rejected', opinion: '不通過' } }, true)).status).toBe(200)
      expect((await patch(doc.id, fx.editorA.token, { title: '信息員只改了標題' }, true)).status).toBe(200)
      // Nobody but reviewerA has ever passed (or even accepted) reviewerA's summary.
      const pass = await patch(doc.id, fx.reviewerA.token, { secrecyReview: { status: 'passed' } }, true)
      expect(pass.status).toBe(403)
      expect(errorText(pass.body)).toContain('review.fourEyes')
    })

    it('refuses a reviewer passing their own edit through a GraphQL mutation with forged authorship', async () => {
      const doc = await draft()
      expect((await patch(doc.id, fx.reviewerA.token, { summary: '審查員改的' }, true)).status).toBe(200)
      const result = await graphql(
        app.config,
        `mutation { updateDisclosure(id: ${doc.id}, draft: true, data: { updatedBy: ${fx.editorA.id}, secrecyReview: { status: passed } }) { id } }`,
        { token: fx.reviewerA.token },
      )
      expect(errorText(result.body)).toMatch(/review\.fourEyes|updatedBy|Cannot|not defined/)
      expect((await latest(doc.id)).secrecyReview.status).toBe('pending')
    })

    it('keeps who changed the content when a record is duplicated, so its editing reviewer cannot pass the copy', async () => {
      const doc = await draft()
      expect((await patch(doc.id, fx.reviewerA.token, { summary: '審查員寫的摘要' }, true)).status).toBe(200)
      const copy = await rest(app.config, 'POST', `/disclosures/${doc.id}/duplicate?draft=true`, { token: fx.editorA.token })
      expect(copy.status).toBe(200)
      const pass = await patch(copy.body.doc.id, fx.reviewerA.token, { secrecyReview: { status: 'passed' } }, true)
      expect(pass.status).toBe(403)
    })
  })

  describe('duplicate', () => {
    it('does not copy agency confirmations, the passed review or the index number into a duplicate', async () => {
      const original = await confirmedAndPublished()
      const copy = await rest(app.config, 'POST', `/disclosures/${original.id}/duplicate?draft=true`, { token: fx.editorA.token })
      expect(copy.status).toBe(200)
      const stored = await latest(copy.body.doc.id)
      expect(stored._status).toBe('draft')
      expect(stored.secrecyReview.status).toBe('pending')
      expect(stored.secrecyReview.contentHash ?? null).toBeNull()
      expect(stored.indexNumber).not.toBe(original.indexNumber)
      // Agency B confirmed the original, never this new record.
      expect(stored.secrecyReview.agencyConfirmations.map((row: any) => row.status)).toEqual(['pending'])
      expect(stored.secrecyReview.agencyConfirmations[0].confirmedBy ?? null).toBeNull()
    })

    it('does not copy publishedAt into a duplicate, which was never published', async () => {
      const original = await publishedRecord(app.payload, fx)
      const copy = await rest(app.config, 'POST', `/disclosures/${original.id}/duplicate?draft=true`, { token: fx.editorA.token })
      expect(copy.status).toBe(200)
      // Never published: it must stay deletable and its lateness is measured on its own publication.
      expect((await latest(copy.body.doc.id)).publishedAt ?? null).toBeNull()
      const remove = await rest(app.config, 'DELETE', `/disclosures/${copy.body.doc.id}`, { token: fx.editorA.token })
      expect(remove.status).toBe(200)
    })

    it('refuses publishing a duplicate whose agency never confirmed it', async () => {
      const original = await confirmedAndPublished()
      const copy = await rest(app.config, 'POST', `/disclosures/${original.id}/duplicate?draft=true`, { token: fx.editorA.token })
      expect(copy.status).toBe(200)
      await as(app.payload, fx.reviewerA).pass('disclosures', copy.body.doc.id)
      const publish = await patch(copy.body.doc.id, fx.editorA.token, { _status: 'published' })
      expect(publish.status).toBe(400)
      expect(errorText(publish.body)).toContain('secrecyReview.agencyConfirmations')
      expect((await main(copy.body.doc.id))._status).toBe('draft')
    })

    it('duplicating a published record without ?draft=true gives a draft copy, not a 4xx about the review', async () => {
      const original = await publishedRecord(app.payload, fx)
      const copy = await rest(app.config, 'POST', `/disclosures/${original.id}/duplicate`, { token: fx.editorA.token })
      expect(copy.status).toBe(200)
      expect((await main(copy.body.doc.id))._status).toBe('draft')
    })
  })

  describe('restoring a version', () => {
    const versionsOf = async (id: number | string) =>
      (
        await app.payload.findVersions({
          collection: 'disclosures',
          where: { parent: { equals: id } },
          sort: 'createdAt',
          limit: 100,
          depth: 0,
        })
      ).docs as any[]

    it('refuses restoring an older published version over newer unreviewed content as a publish', async () => {
      const doc = await publishedRecord(app.payload, fx)
      expect((await patch(doc.id, fx.editorA.token, { summary: '新摘要，未審查' }, true)).status).toBe(200)
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      expect((await patch(doc.id, fx.editorA.token, { _status: 'published' })).status).toBe(200)
      expect((await patch(doc.id, fx.editorA.token, { body: richText('第三版，未審查') }, true)).status).toBe(200)
      // The oldest published version carries review passed and its own hash: restore it as published.
      const first = (await versionsOf(doc.id)).find((version) => version.version._status === 'published')
      const restore = await rest(app.config, 'POST', `/disclosures/versions/${first.id}`, { token: fx.editorA.token })
      const stored = await main(doc.id)
      if (restore.status === 200) {
        // Accepted only if what is public now is exactly content a reviewer passed.
        expect(stored.summary ?? null).toBe(first.version.summary ?? null)
        expect(stored.secrecyReview.status === 'passed' || stored._status !== 'published').toBe(true)
      } else {
        expect(restore.status).toBeLessThan(500)
      }
      expect(stored.body.root.children[0].children[0].text).not.toBe('第三版，未審查')
    })

    it('refuses an editor dropping an agency request by restoring a version from before it was asked', async () => {
      const doc = await publishedRecord(app.payload, fx)
      const asked = await patch(doc.id, fx.editorA.token, { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } }, true)
      expect(asked.status).toBe(200)
      const before = (await versionsOf(doc.id)).find((version) => (version.version.secrecyReview?.agencyConfirmations ?? []).length === 0)
      const restore = await rest(app.config, 'POST', `/disclosures/versions/${before.id}?draft=true`, { token: fx.editorA.token })
      expect(restore.status).toBe(403)
      expect(errorText(restore.body)).toContain('agency.withdrawNotAllowed')
      expect((await latest(doc.id)).secrecyReview.agencyConfirmations).toHaveLength(1)
    })

    it('refuses the asked agency restoring a version of the owner record', async () => {
      const doc = await confirmedAndPublished()
      const [version] = await versionsOf(doc.id)
      const restore = await rest(app.config, 'POST', `/disclosures/versions/${version.id}`, { token: fx.editorB.token })
      expect(restore.status).toBe(403)
      expect((await main(doc.id))._status).toBe('published')
    })
  })

  describe('scheduled publishing', () => {
    const schedule = async (type: 'publish' | 'unpublish', id: number | string, staff: Staff) => {
      await app.payload.jobs.queue({
        task: 'schedulePublish' as never,
        input: { type, doc: { relationTo: 'disclosures', value: String(id) }, user: { relationTo: 'users', value: staff.id } } as never,
        waitUntil: new Date(Date.now() - 1000),
      })
      await app.payload.jobs.run({ limit: 10 })
    }

    it('runs a scheduled publish of a passed record (so the refusals below are the rules, not a job that never ran)', async () => {
      const doc = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      await schedule('publish', doc.id, fx.editorA)
      expect((await main(doc.id))._status).toBe('published')
    })

    it('refuses a scheduled publish of a record whose review is pending', async () => {
      const doc = await draft()
      await schedule('publish', doc.id, fx.editorA)
      expect((await main(doc.id))._status).toBe('draft')
    })

    it('refuses a scheduled unpublish queued by the asked agency', async () => {
      const doc = await confirmedAndPublished()
      await schedule('unpublish', doc.id, fx.editorB)
      expect((await main(doc.id))._status).toBe('published')
    })

    it('refuses a scheduled publish of content edited after the review passed', async () => {
      const doc = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', doc.id)
      expect((await patch(doc.id, fx.editorA.token, { summary: '審查後改' }, true)).status).toBe(200)
      await schedule('publish', doc.id, fx.editorA)
      expect((await main(doc.id))._status).toBe('draft')
    })
  })

  describe('interpretations of another department', () => {
    it("does not let department B block the publication of department A's policy by attaching a passed interpretation to its draft", async () => {
      const policy = await draft()
      await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)
      // B cannot read A's draft, but ids are sequential: B links an interpretation to it and has it passed.
      const attached = await rest(app.config, 'POST', '/interpretations?draft=true', {
        token: fx.editorB.token,
        body: {
          title: 'B 的解讀',
          policies: [policy.id],
          department: fx.deptB.id,
          form: 'text',
          body: richText('B 寫的'),
          disclosure: { attribute: 'proactive' },
        },
      })
      if (attached.status === 201) {
        const passed = await rest(app.config, 'PATCH', `/interpretations/${attached.body.doc.id}?draft=true`, {
          token: fx.reviewerB.token,
          body: { secrecyReview: { status: 'passed' } },
        })
        expect(passed.status).toBe(200)
      }
      const publish = await patch(policy.id, fx.editorA.token, { _status: 'published' })
      expect({ status: publish.status, error: publish.status === 200 ? null : errorText(publish.body) }).toEqual({
        status: 200,
        error: null,
      })
      expect((await main(policy.id))._status).toBe('published')
    })
  })

  describe('asked agencies', () => {
    it('refuses the agency unpublishing the owner record through a bulk PATCH with a where', async () => {
      const doc = await confirmedAndPublished()
      const bulk = await rest(app.config, 'PATCH', `/disclosures?where[id][equals]=${doc.id}`, {
        token: fx.editorB.token,
        body: { _status: 'draft' },
      })
      expect(bulk.status).toBeLessThan(500)
      expect((await main(doc.id))._status).toBe('published')
    })

    it('refuses an editor of the owning department who also belongs to the asked agency confirming for it', async () => {
      const both = await app.payload.create({
        collection: 'users',
        data: {
          email: 'two-depts@test.localhost',
          password: 'test-password-only',
          name: 'two',
          roles: ['editor'],
          departments: [fx.deptA.id, fx.deptB.id],
        } as any,
      })
      const user = { ...both, collection: 'users' }
      const doc = await app.payload.create({
        collection: 'disclosures',
        data: recordData(fx, { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } }) as any,
        draft: true,
        user,
        overrideAccess: false,
      })
      const [row] = (await latest(doc.id)).secrecyReview.agencyConfirmations
      // The author of the record answers Art. 11 for the other agency: nobody of B looked at it.
      await expect(
        app.payload.update({
          collection: 'disclosures',
          id: doc.id,
          data: { secrecyReview: { agencyConfirmations: [{ id: row.id, status: 'confirmed' }] } } as any,
          draft: true,
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('neither confirms nor steals a row when another record sends the id of a confirmed row of a published record', async () => {
      const published = await confirmedAndPublished()
      const [row] = published.secrecyReview.agencyConfirmations
      const other = await draft()
      const borrowed = await patch(other.id, fx.editorA.token, {
        _status: 'draft',
        secrecyReview: { agencyConfirmations: [{ id: row.id, department: fx.deptB.id, status: 'confirmed' }] },
      })
      expect(borrowed.status).toBeLessThan(500)
      if (borrowed.status === 200)
        expect((await latest(other.id)).secrecyReview.agencyConfirmations.map((r: any) => r.status)).toEqual(['pending'])
      const still = await main(published.id)
      expect(still.secrecyReview.agencyConfirmations).toMatchObject([{ id: row.id, status: 'confirmed' }])
      expect(still._status).toBe('published')
    })

    it('refuses an agency changing its row after the request to it was withdrawn', async () => {
      const doc = await draft({ secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } })
      const [row] = (await latest(doc.id)).secrecyReview.agencyConfirmations
      expect((await patch(doc.id, fx.reviewerA.token, { secrecyReview: { agencyConfirmations: [] } }, true)).status).toBe(200)
      const late = await patch(
        doc.id,
        fx.editorB.token,
        { secrecyReview: { agencyConfirmations: [{ id: row.id, department: fx.deptB.id, status: 'confirmed' }] } },
        true,
      )
      expect([403, 404, 409]).toContain(late.status)
      expect((await latest(doc.id)).secrecyReview.agencyConfirmations).toHaveLength(0)
    })
  })

  describe('moving a record between departments', () => {
    it('refuses the old department editing a published record the office moved to another department in a draft', async () => {
      const doc = await publishedRecord(app.payload, fx)
      const moved = await patch(doc.id, fx.office.token, { department: fx.deptB.id }, true)
      expect(moved.status).toBe(200)
      expect((await latest(doc.id)).department).toBe(fx.deptB.id)
      // Department A's editor no longer works on the latest version; Payload falls back to the stale main row.
      const edit = await patch(doc.id, fx.editorA.token, { summary: '原機關在移交後修改' }, true)
      expect({ department: (await latest(doc.id)).department, status: edit.status }).toEqual({
        department: fx.deptB.id,
        status: expect.any(Number),
      })
      expect([403, 404, 409]).toContain(edit.status)
    })
  })

  describe('ids and content of records the caller cannot read', () => {
    const hiddenTarget = async () => {
      const hidden = await draft({ title: '尚未公開的替代文件：機密標題' })
      const visible = await publishedRecord(app.payload, fx)
      const marked = await patch(visible.id, fx.editorA.token, { validity: { status: 'repealed', replacedBy: hidden.id } })
      expect(marked.status).toBe(200)
      expect((await main(visible.id))._status).toBe('published')
      return { hidden, visible }
    }

    it('does not let anonymous callers find the id of an unreadable replacedBy through a where query', async () => {
      const { hidden, visible } = await hiddenTarget()
      const probe = await rest(app.config, 'GET', `/disclosures?where[validity.replacedBy][equals]=${hidden.id}&depth=0`)
      const gql = await graphql(app.config, `{ Disclosures(where: { validity__replacedBy: { equals: ${hidden.id} } }) { docs { id } } }`)
      expect(gql.status).toBeLessThan(500)
      expect({
        rest: (probe.body.docs ?? []).map((doc: any) => doc.id).includes(visible.id),
        graphql: (gql.body.data?.Disclosures?.docs ?? []).map((doc: any) => doc.id).includes(visible.id),
      }).toEqual({ rest: false, graphql: false })
    })

    it('does not let anonymous callers find who reviewed or wrote a public record through where queries', async () => {
      const visible = await publishedRecord(app.payload, fx)
      for (const [path, value] of [
        ['secrecyReview.reviewer', fx.reviewerA.id],
        ['createdBy', fx.editorA.id],
        ['secrecyReview.opinion', '無涉密內容'],
      ] as const) {
        const probe = await rest(
          app.config,
          'GET',
          `/disclosures?where[${path}][equals]=${encodeURIComponent(String(value))}&depth=0&limit=100`,
        )
        expect(probe.status).toBeLessThan(500)
        expect({ path, ids: (probe.body.docs ?? []).map((doc: any) => doc.id) }).not.toEqual({
          path,
          ids: expect.arrayContaining([visible.id]),
        })
      }
    })

    it('does not let anonymous callers read the title of an unreadable replacedBy through a where on its fields', async () => {
      const { visible } = await hiddenTarget()
      const probe = await rest(
        app.config,
        'GET',
        `/disclosures?where[validity.replacedBy.title][like]=${encodeURIComponent('機密標題')}&depth=0`,
      )
      expect(probe.status).toBeLessThan(500)
      expect((probe.body.docs ?? []).map((doc: any) => doc.id)).not.toContain(visible.id)
    })

    it('does not show anonymous callers unreadable interpretations in the interpretations join', async () => {
      const policy = await publishedRecord(app.payload, fx)
      const hidden = await as(app.payload, fx.editorA).create('interpretations', {
        title: '未審查的解讀',
        policies: [policy.id],
        department: fx.deptA.id,
        form: 'text',
        body: richText('解讀草稿'),
        disclosure: { attribute: 'proactive' },
      })
      const response = await rest(app.config, 'GET', `/disclosures/${policy.id}`)
      expect(response.status).toBe(200)
      const ids = (response.body.interpretations?.docs ?? []).map((doc: any) => (typeof doc === 'object' ? doc.id : doc))
      expect(ids).not.toContain(hidden.id)
      const gql = await graphql(app.config, `{ Disclosure(id: ${policy.id}) { interpretations { docs { id title } } } }`)
      expect(JSON.stringify(gql.body)).not.toContain('未審查的解讀')
    })

    it('does not show an asked agency the ids of unreadable records in the versions of the record it confirms', async () => {
      const { hidden, visible } = await hiddenTarget()
      expect(
        (await patch(visible.id, fx.editorA.token, { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } }, true)).status,
      ).toBe(200)
      const versions = await rest(app.config, 'GET', `/disclosures/versions?where[parent][equals]=${visible.id}&depth=0&limit=100`, {
        token: fx.editorB.token,
      })
      expect(versions.status).toBe(200)
      expect(versions.body.docs.length).toBeGreaterThan(0)
      expect(versions.body.docs.map((doc: any) => doc.version?.validity?.replacedBy ?? null)).not.toContain(hidden.id)
    })

    it('does not show staff of another department unreadable records through depth=1 or GraphQL relationships', async () => {
      const { hidden, visible } = await hiddenTarget()
      const rest1 = await rest(app.config, 'GET', `/disclosures/${visible.id}?depth=1`, { token: fx.editorB.token })
      expect(JSON.stringify(rest1.body)).not.toContain('機密標題')
      expect(rest1.body.validity?.replacedBy ?? null).toBeNull()
      const gql = await graphql(app.config, `{ Disclosure(id: ${visible.id}) { validity { replacedBy { id title } } } }`, {
        token: fx.editorB.token,
      })
      expect(JSON.stringify(gql.body)).not.toContain('機密標題')
      expect(JSON.stringify(gql.body)).not.toContain(`"id":${hidden.id}`)
    })
  })

  describe('unsafe links outside the plain body', () => {
    const linkIn = (url: string, wrap: (link: any) => any) => {
      const doc = richText('x')
      const link = {
        type: 'link',
        version: 3,
        direction: 'ltr',
        format: '',
        indent: 0,
        fields: { linkType: 'custom', url, newTab: false },
        children: [{ type: 'text', text: '點擊', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      }
      doc.root.children = [wrap(link)] as any
      return doc
    }
    const listItem = (link: any) => ({
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'listitem', value: 1, version: 1, direction: 'ltr', format: '', indent: 0, children: [link] }],
    })

    it('refuses a javascript: link nested in a list of an interpretation body', async () => {
      const policy = await publishedRecord(app.payload, fx)
      const response = await rest(app.config, 'POST', '/interpretations?draft=true', {
        token: fx.editorA.token,
        body: {
          title: '解讀',
          policies: [policy.id],
          department: fx.deptA.id,
          form: 'text',
          disclosure: { attribute: 'proactive' },
          body: linkIn('JaVa\tScRiPt:alert(1)', listItem),
        },
      })
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toContain('body')
    })

    it('refuses an internal link that also carries a javascript: url', async () => {
      const body = linkIn('javascript:alert(1)', (link) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ ...link, fields: { ...link.fields, linkType: 'internal', doc: { relationTo: 'disclosures', value: 1 } } }],
      }))
      const response = await rest(app.config, 'POST', '/disclosures?draft=true', {
        token: fx.editorA.token,
        body: { ...recordData(fx), body },
      })
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toContain('record.unsafeLink')
    })
  })

  describe('accounts', () => {
    const deactivated = async () => {
      const created = await app.payload.create({
        collection: 'users',
        data: {
          email: `gone-${Date.now()}@test.localhost`,
          password: 'test-password-only',
          name: '將停用',
          roles: ['editor'],
          departments: [fx.deptA.id],
        } as any,
      })
      const { token } = await app.payload.login({
        collection: 'users',
        data: { email: created.email as string, password: 'test-password-only' },
      })
      const off = await rest(app.config, 'PATCH', `/users/${created.id}`, { token: fx.admin.token, body: { active: false } })
      expect(off.status).toBe(200)
      return { id: created.id, token: token as string }
    }

    it('does not renew the session of a deactivated account from its old JWT', async () => {
      const gone = await deactivated()
      const refresh = await rest(app.config, 'POST', '/users/refresh-token', { token: gone.token })
      expect(refresh.status).not.toBe(200)
      expect(refresh.body?.refreshedToken).toBeUndefined()
    })

    it('does not let a deactivated account with an old JWT change its own profile', async () => {
      const gone = await deactivated()
      const rename = await rest(app.config, 'PATCH', `/users/${gone.id}`, { token: gone.token, body: { name: '改名後的人' } })
      expect(rename.status).toBe(403)
    })

    it('does not let a deactivated account with an old JWT create records or upload', async () => {
      const gone = await deactivated()
      const create = await rest(app.config, 'POST', '/disclosures?draft=true', { token: gone.token, body: recordData(fx) })
      expect(create.status).toBe(403)
    })

    it('keeps the actor name of old audit entries when the user is renamed afterwards', async () => {
      const doc = await draft()
      const entry = async () =>
        (
          await app.payload.find({
            collection: 'audit-log',
            where: { documentId: { equals: String(doc.id) } },
            sort: 'at',
            limit: 1,
            depth: 0,
          })
        ).docs[0] as any
      const before = await entry()
      expect(
        (await rest(app.config, 'PATCH', `/users/${fx.editorA.id}`, { token: fx.editorA.token, body: { name: '別人的名字' } })).status,
      ).toBe(200)
      const after = await entry()
      expect(after.userName).toBe(before.userName)
      expect(after.userName).not.toBe('別人的名字')
      await rest(app.config, 'PATCH', `/users/${fx.editorA.id}`, { token: fx.admin.token, body: { name: 'editor-a' } })
    })
  })
})
