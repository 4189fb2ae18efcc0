import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, graphql, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §4.1 on every path: REST, GraphQL and the Local API with access control. */
describe('the disclosure attribute decided at the source', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('attribute')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const cases: { name: string; disclosure: Record<string, unknown> | undefined; field: string; rule: string }[] = [
    { name: 'a save with no attribute', disclosure: undefined, field: 'disclosure.attribute', rule: 'attribute.required' },
    {
      name: 'on_request without a reason',
      disclosure: { attribute: 'on_request' },
      field: 'disclosure.reason',
      rule: 'attribute.reasonRequired',
    },
    {
      name: 'not_disclosed without a reason',
      disclosure: { attribute: 'not_disclosed', grounds: ['state_secret'] },
      field: 'disclosure.reason',
      rule: 'attribute.reasonRequired',
    },
    {
      name: 'not_disclosed without a statutory ground',
      disclosure: { attribute: 'not_disclosed', reason: '涉及內部管理' },
      field: 'disclosure.grounds',
      rule: 'attribute.groundsRequired',
    },
    {
      name: 'a ground on a proactive record',
      disclosure: { attribute: 'proactive', grounds: ['internal_affairs'] },
      field: 'disclosure.grounds',
      rule: 'attribute.groundsOnProactive',
    },
  ]

  for (const collection of ['disclosures', 'interpretations'] as const) {
    const dataFor = (disclosure: Record<string, unknown> | undefined) => {
      const base =
        collection === 'disclosures'
          ? recordData(fx)
          : { title: '《關於財政預算的報告》解讀', department: fx.deptA.id, policies: [] as unknown[], form: 'text' }
      return { ...base, disclosure }
    }

    describe(collection, () => {
      for (const { name, disclosure, field, rule } of cases) {
        it(`refuses ${name} as a draft through the Local API`, async () => {
          await expect(as(app.payload, fx.editorA).create(collection, dataFor(disclosure), true)).rejects.toMatchObject({
            status: 400,
            data: { errors: [expect.objectContaining({ path: field })] },
          })
        })

        it(`refuses ${name} as a draft through REST, naming ${field}`, async () => {
          const response = await rest(app.config, 'POST', `/${collection}?draft=true`, {
            token: fx.editorA.token,
            body: dataFor(disclosure),
          })
          expect(response.status).toBe(400)
          expect(errorText(response.body)).toContain(field)
          expect(response.body.errors[0].data).toMatchObject({ rule, field })
        })

        it(`refuses ${name} through GraphQL, naming ${field}`, async () => {
          const mutation =
            collection === 'disclosures' ? 'createDisclosure(data: $data, draft: true)' : 'createInterpretation(data: $data, draft: true)'
          const input = collection === 'disclosures' ? 'mutationDisclosureInput' : 'mutationInterpretationInput'
          const response = await graphql(app.config, `mutation Create($data: ${input}!) { ${mutation} { id } }`, {
            token: fx.editorA.token,
            // GraphQL enum names cannot start with a digit: Payload exposes topic 0201 as _0201.
            variables: { data: { ...dataFor(disclosure), ...(collection === 'disclosures' ? { topic: '_0201' } : {}) } },
          })
          expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(400)
          expect(errorText(response.body)).toContain(field)
        })
      }
    })
  }

  it('accepts each valid decision and records who decided and when', async () => {
    for (const disclosure of [
      { attribute: 'proactive' },
      { attribute: 'on_request', reason: '涉及特定群體，依申請提供' },
      { attribute: 'not_disclosed', reason: '內部人事管理信息', grounds: ['internal_affairs'] },
    ]) {
      const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { disclosure }))
      expect(doc.disclosure).toMatchObject({ ...disclosure, decidedBy: expect.anything(), decidedAt: expect.any(String) })
    }
  })

  it('refuses removing the attribute from an existing draft', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    const response = await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, {
      token: fx.editorA.token,
      body: { disclosure: { attribute: null } },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('disclosure.attribute')
  })

  it('refuses switching a record to not_disclosed without a ground through REST', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    const response = await rest(app.config, 'PATCH', `/disclosures/${doc.id}?draft=true`, {
      token: fx.editorA.token,
      body: { disclosure: { attribute: 'not_disclosed', reason: '過程稿' } },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('disclosure.grounds')
  })
})
