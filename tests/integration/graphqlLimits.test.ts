import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { graphql } from '../helpers/api.js'
import { type Fixture, buildFixture, publishedRecord } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount, postJson } from '../helpers/publicMounts.js'

/**
 * Issue 10, hole 7 (GraphQL amplification) on the public endpoint and on the staff endpoint
 * /api/graphql, and the GraphQL requests of the OpenAPI section and hole 10 (HEAD, malformed GET
 * variables, a null body).
 */
describe('GraphQL limits', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const RECORDS = 12

  beforeAll(async () => {
    app = await bootApp('graphql_limits')
    fx = await buildFixture(app.payload)
    for (let n = 0; n < RECORDS; n++) await publishedRecord(app.payload, fx, { title: `限額測試記錄 ${n}` })
    mounts = [await leanMount(app.payload), await nextMount()]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

  describe('the public endpoint', () => {
    const post = (mount: Mount, query: string, variables?: Record<string, unknown>) =>
      mount.fetch('/api/public/graphql', postJson({ query, variables }))

    it('refuses 300 aliases of a one-record list in milliseconds, without stalling an ordinary request', async () => {
      for (const mount of mounts) {
        const query = aliases(300, 'Disclosures(limit: 1) { docs { id } }')
        const started = performance.now()
        // Two at once, as in the issue, with an ordinary request beside them.
        const [first, second, ordinary] = await Promise.all([
          post(mount, query),
          post(mount, `${query} `),
          mount.fetch('/api/public/disclosures?limit=5'),
        ])
        const elapsed = performance.now() - started
        for (const refused of [first, second]) {
          expect([mount.name, refused.status, refused.body.errors[0].param]).toEqual([mount.name, 400, 'query'])
          expect(refused.body.errors[0].message).toMatch(/more than 10 root fields \(aliases count\)/)
        }
        expect([mount.name, ordinary.status, ordinary.body.totalDocs]).toEqual([mount.name, 200, RECORDS])
        // 24 s before the fix; generous for a shared machine.
        expect([mount.name, elapsed < 2_000]).toEqual([mount.name, true])
      }
    })

    it('counts every root field and alias in the cost, not only in the root-field cap', async () => {
      const wide = aliases(10, 'Disclosures(limit: 100) { docs { id title summary publishedAt } }')
      const response = await post(mounts[0], wide)
      expect([response.status, response.body.errors[0].message]).toEqual([400, expect.stringMatching(/cost exceeds the limit of 5000/)])
      const fine = await post(mounts[0], aliases(10, 'Disclosures(limit: 1) { docs { id } }'))
      expect([fine.status, fine.body.data.a9.docs.length]).toEqual([200, 1])
    })

    it('measures limits after variables take their defaults', async () => {
      const defaulted = await post(mounts[0], 'query($limit: Int = 5) { Departments(limit: $limit) { limit docs { id name } } }')
      expect([defaulted.status, defaulted.body.errors, defaulted.body.data.Departments.limit]).toEqual([200, undefined, 5])
      const huge = await post(mounts[0], 'query($limit: Int = 1000) { Disclosures(limit: $limit) { docs { id } } }')
      expect([huge.status, huge.body.errors[0].param, huge.body.errors[0].message]).toEqual([
        400,
        'limit',
        expect.stringMatching(/^limit: 1000 on Disclosures is outside 1–100/),
      ])
      const sent = await post(mounts[0], 'query($limit: Int = 5) { Disclosures(limit: $limit) { docs { id } } }', { limit: 101 })
      expect([sent.status, sent.body.errors[0].param]).toEqual([400, 'limit'])
      // The public schema has no pagination switch at all.
      const unpaged = await post(mounts[0], 'query($p: Boolean = false) { Disclosures(pagination: $p) { docs { id } } }')
      expect([unpaged.status, unpaged.body.errors[0].message]).toEqual([
        400,
        expect.stringMatching(/Unknown argument "pagination" on field "Query.Disclosures"/),
      ])
      const wrongType = await post(mounts[0], 'query($limit: Int) { Disclosures(limit: $limit) { docs { id } } }', { limit: 'many' })
      expect([wrongType.status, wrongType.body.errors[0].param]).toEqual([400, 'variables'])
    })

    it('refuses a fragment spread into many root fields like the fields themselves', async () => {
      const fragments =
        'fragment F on Query { a: Departments { docs { id } } b: Departments { docs { id } } c: Departments { docs { id } } }'
      const response = await post(
        mounts[0],
        `{ ...F ... on Query { ...F } x: Departments { docs { id } } y: Departments { docs { id } } z: Departments { docs { id } } w: Departments { docs { id } } v: Departments { docs { id } } } ${fragments}`,
      )
      expect([response.status, response.body.errors[0].message]).toEqual([400, expect.stringMatching(/more than 10 root fields/)])
    })

    it('answers HEAD with 405 and Allow, and 400 for malformed GET variables and a null body', async () => {
      for (const mount of mounts) {
        const head = await mount.fetch('/api/public/graphql', { method: 'HEAD' })
        expect([mount.name, head.status, head.headers.get('allow')]).toEqual([mount.name, 405, 'GET, POST, OPTIONS'])
        const query = encodeURIComponent('{ Departments { totalDocs } }')
        const variables = await mount.fetch(`/api/public/graphql?query=${query}&variables=%7Bnot%20json`)
        expect([mount.name, variables.status, variables.body.errors[0].param]).toEqual([mount.name, 400, 'variables'])
        expect(variables.body.errors[0].message).toMatch(/^variables: not JSON/)
        const nullBody = await mount.fetch('/api/public/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: 'null',
        })
        expect([mount.name, nullBody.status, nullBody.body.errors[0].param]).toEqual([mount.name, 400, 'body'])
        expect(nullBody.body.errors[0].message).toMatch(/^body: must be a JSON object/)
        const good = await mount.fetch(`/api/public/graphql?query=${query}&variables=%7B%7D`)
        expect([mount.name, good.status, good.body.data.Departments.totalDocs]).toEqual([mount.name, 200, 2])
      }
    })
  })

  describe('the staff endpoint /api/graphql', () => {
    const refusal = (response: { body: any }) => response.body.errors?.[0] ?? {}

    it('refuses 100 aliases by an anonymous caller fast', async () => {
      const started = performance.now()
      const response = await graphql(app.config, aliases(100, 'Disclosures(limit: 1) { docs { id } }'))
      const elapsed = performance.now() - started
      expect(refusal(response)).toMatchObject({
        message: expect.stringMatching(/more than 10 root fields/),
        extensions: { statusCode: 400, param: 'query' },
      })
      expect(response.body.data).toBeUndefined()
      expect(elapsed).toBeLessThan(2_000)
    })

    it('refuses a fragment bomb before any other rule expands it', async () => {
      // Payload's complexity rule expands every spread: 20 levels took 30 s before the limits ran first.
      const levels = 24
      const fragments = Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Disclosure { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'id title'} }`,
      ).join(' ')
      const started = performance.now()
      const response = await graphql(
        app.config,
        `
          {
            Disclosures(limit: 1) {
              docs {
                ...F0
              }
            }
          }
          ${fragments}
        `,
      )
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^query: cost exceeds the limit of 5000/),
          extensions: { statusCode: 400, param: 'query' },
        }),
      ])
    })

    it('caps root fields for staff too, higher than for anonymous callers', async () => {
      const staff = await graphql(app.config, aliases(20, 'Disclosures(limit: 1) { docs { id } }'), { token: fx.editorA.token })
      expect([staff.body.errors, staff.body.data.a19.docs.length]).toEqual([undefined, 1])
      const tooMany = await graphql(app.config, aliases(21, 'Disclosures(limit: 1) { docs { id } }'), { token: fx.editorA.token })
      expect(refusal(tooMany)).toMatchObject({
        message: expect.stringMatching(/more than 20 root fields/),
        extensions: { statusCode: 400 },
      })
      // Mutations are root fields as well.
      const mutations = await graphql(app.config, `mutation ${aliases(11, 'logoutUser')}`)
      expect(refusal(mutations).message).toMatch(/more than 10 root fields/)
    })

    it('refuses pagination: false from a variable default, and page sizes over 100 anonymous / 500 staff', async () => {
      const unpaged = await graphql(app.config, 'query($p: Boolean = false) { Disclosures(pagination: $p) { docs { id } } }')
      expect(refusal(unpaged)).toMatchObject({
        message: expect.stringMatching(/^pagination: false on Disclosures is not allowed/),
        extensions: { statusCode: 400, param: 'pagination' },
      })
      expect(unpaged.body.data).toBeUndefined()
      const staffUnpaged = await graphql(app.config, '{ Disclosures(pagination: false) { docs { id } } }', { token: fx.admin.token })
      expect(refusal(staffUnpaged).extensions).toMatchObject({ statusCode: 400, param: 'pagination' })
      const anonymous = await graphql(app.config, '{ Disclosures(limit: 101) { docs { id } } }')
      expect(refusal(anonymous)).toMatchObject({
        message: expect.stringMatching(/^limit: 101 on Disclosures is outside 1–100/),
        extensions: { param: 'limit' },
      })
      expect(refusal(await graphql(app.config, '{ Disclosures(limit: 0) { docs { id } } }')).extensions).toMatchObject({ param: 'limit' })
      const staffPage = await graphql(app.config, '{ Disclosures(limit: 500) { docs { id } } }', { token: fx.editorA.token })
      expect([staffPage.body.errors, staffPage.body.data.Disclosures.docs.length]).toEqual([undefined, RECORDS])
      const staffHuge = await graphql(app.config, 'query($limit: Int = 100000) { versionsDisclosures(limit: $limit) { docs { id } } }', {
        token: fx.admin.token,
      })
      expect(refusal(staffHuge)).toMatchObject({
        message: expect.stringMatching(/^limit: 100000 on versionsDisclosures is outside 1–500/),
        extensions: { param: 'limit' },
      })
      const joined = await graphql(app.config, '{ Disclosures(limit: 1) { docs { interpretations(limit: 1000) { docs { id } } } } }', {
        token: fx.editorA.token,
      })
      expect(refusal(joined).extensions).toMatchObject({ param: 'limit' })
    })

    it('takes a variable default as the limit, and counts it in the cost', async () => {
      const defaulted = await graphql(app.config, 'query($limit: Int = 5) { Departments(limit: $limit) { limit docs { id } } }')
      expect([defaulted.body.errors, defaulted.body.data.Departments.limit]).toEqual([undefined, 5])
      // 10 aliases of a full anonymous page of 5 fields: inside the root-field cap, over the cost.
      const wide = await graphql(app.config, aliases(10, 'Disclosures(limit: 100) { docs { id title summary publishedAt indexNumber } }'))
      expect(refusal(wide)).toMatchObject({
        message: expect.stringMatching(/cost exceeds the limit of 5000/),
        extensions: { statusCode: 400 },
      })
      const fields = 'id title summary publishedAt indexNumber documentNumber writtenAt topic genre keywords'
      const staffWide = await graphql(app.config, `query($l: Int = 500) ${aliases(5, `Disclosures(limit: $l) { docs { ${fields} } }`)}`, {
        token: fx.admin.token,
      })
      expect(refusal(staffWide)).toMatchObject({ message: expect.stringMatching(/cost exceeds the limit of 25000/) })
    })

    it('limits depth', async () => {
      const deep =
        '{ Disclosures(limit: 1) { docs { validity { replacedBy { validity { replacedBy { validity { replacedBy { id } } } } } } } } }'
      expect(refusal(await graphql(app.config, deep))).toMatchObject({
        message: expect.stringMatching(/depth exceeds the limit of 7/),
        extensions: { statusCode: 400 },
      })
      const staffDeep = `{ Disclosures(limit: 1) { docs { ${'validity { replacedBy { '.repeat(5)}id${' } }'.repeat(5)} } } }`
      expect(refusal(await graphql(app.config, staffDeep, { token: fx.editorA.token }))).toMatchObject({
        message: expect.stringMatching(/depth exceeds the limit of 10/),
      })
    })
  })
})
