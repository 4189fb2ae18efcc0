import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, recordData, richText } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §4.3: a policy that needs an interpretation is published with it, atomically. */
describe('interpretations published with their policy', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('interpretations')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const policyDraft = () => as(app.payload, fx.editorA).create('disclosures', recordData(fx, { requiresInterpretation: true }))
  const interpretationDraft = (policyId: number | string) =>
    as(app.payload, fx.editorA).create('interpretations', {
      title: '一圖讀懂市級財政預算',
      policies: [policyId],
      form: 'graphic',
      department: fx.deptA.id,
      body: richText('解讀正文'),
      disclosure: { attribute: 'proactive' },
    })
  const statusOf = async (collection: 'disclosures' | 'interpretations', id: number | string) =>
    (await app.payload.findByID({ collection, id, depth: 0 }))._status

  it('refuses to publish the policy before an interpretation has passed review', async () => {
    const policy = await policyDraft()
    await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)
    const without = await rest(app.config, 'PATCH', `/disclosures/${policy.id}`, {
      token: fx.editorA.token,
      body: { _status: 'published' },
    })
    expect(without.status).toBe(400)
    expect(errorText(without.body)).toContain('requiresInterpretation')

    await interpretationDraft(policy.id)
    const unreviewed = await rest(app.config, 'PATCH', `/disclosures/${policy.id}`, {
      token: fx.editorA.token,
      body: { _status: 'published' },
    })
    expect(unreviewed.status).toBe(400)
    expect(await statusOf('disclosures', policy.id)).toBe('draft')
  })

  it('publishes the reviewed interpretation together with the policy, and links both ways', async () => {
    const policy = await policyDraft()
    const interpretation = await interpretationDraft(policy.id)
    await as(app.payload, fx.reviewerA).pass('interpretations', interpretation.id)
    await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)
    await as(app.payload, fx.editorA).publish('disclosures', policy.id)

    expect(await statusOf('disclosures', policy.id)).toBe('published')
    expect(await statusOf('interpretations', interpretation.id)).toBe('published')

    const anonymous = await rest(app.config, 'GET', `/disclosures/${policy.id}?depth=1`)
    expect(anonymous.body.interpretations.docs.map((doc: any) => doc.id)).toEqual([interpretation.id])
    const back = await rest(app.config, 'GET', `/interpretations/${interpretation.id}?depth=1`)
    expect(back.body.policies.map((doc: any) => doc.id)).toEqual([policy.id])
  })

  it('publishes neither when publishing the interpretation fails', async () => {
    const policy = await policyDraft()
    const interpretation = await interpretationDraft(policy.id)
    // The interpretation involves another agency that has not confirmed: its own publish gate refuses.
    await as(app.payload, fx.editorA).update(
      'interpretations',
      interpretation.id,
      { secrecyReview: { agencyConfirmations: [{ department: fx.deptB.id }] } },
      true,
    )
    await as(app.payload, fx.reviewerA).pass('interpretations', interpretation.id)
    await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)

    const response = await rest(app.config, 'PATCH', `/disclosures/${policy.id}`, {
      token: fx.editorA.token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('agencyConfirmations')
    expect(await statusOf('disclosures', policy.id)).toBe('draft')
    expect(await statusOf('interpretations', interpretation.id)).toBe('draft')
    const { totalDocs } = await app.payload.count({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(policy.id) } }, { action: { equals: 'published' } }] },
    })
    expect(totalDocs).toBe(0)
  })

  it('never lets an interpretation be public before its policy', async () => {
    const policy = await policyDraft()
    const interpretation = await interpretationDraft(policy.id)
    await as(app.payload, fx.reviewerA).pass('interpretations', interpretation.id)
    const response = await rest(app.config, 'PATCH', `/interpretations/${interpretation.id}`, {
      token: fx.editorA.token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('policies')
  })

  it('withdraws the interpretation when its only policy is unpublished', async () => {
    const policy = await policyDraft()
    const interpretation = await interpretationDraft(policy.id)
    await as(app.payload, fx.reviewerA).pass('interpretations', interpretation.id)
    await as(app.payload, fx.reviewerA).pass('disclosures', policy.id)
    await as(app.payload, fx.editorA).publish('disclosures', policy.id)
    await as(app.payload, fx.editorA).update('disclosures', policy.id, { _status: 'draft' })
    expect(await statusOf('disclosures', policy.id)).toBe('draft')
    expect(await statusOf('interpretations', interpretation.id)).toBe('draft')
    expect((await rest(app.config, 'GET', `/interpretations/${interpretation.id}`)).status).toBe(404)
  })
})
