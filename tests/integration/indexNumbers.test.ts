import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, rest } from '../helpers/api.js'
import { databaseKind } from '../helpers/database.js'
import { type Fixture, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §4.6: 索引號 assigned by the system, unique, consecutive, never changed. */
describe('index numbers', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('index_numbers')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  it('follow the default pattern <department code>/<year written>-<five-digit serial>', async () => {
    const first = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2020-03-01T04:00:00.000Z' }))
    const second = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2020-12-31T17:00:00.000Z' }))
    expect(first.indexNumber).toBe('113702000001/2020-00001')
    // 2020-12-31T17:00Z is already 2021-01-01 in China: the year follows the China calendar day.
    expect(second.indexNumber).toBe('113702000001/2021-00001')
    const other = await as(app.payload, fx.editorB).create(
      'disclosures',
      recordData(fx, { department: fx.deptB.id, writtenAt: '2020-05-01T04:00:00.000Z' }),
    )
    expect(other.indexNumber).toBe('113702000002/2020-00001')
  })

  it('ignores an index number sent on create and refuses a change afterwards', async () => {
    const created = await rest(app.config, 'POST', '/disclosures?draft=true', {
      token: fx.editorA.token,
      body: { ...recordData(fx, { writtenAt: '2019-06-01T04:00:00.000Z' }), indexNumber: 'forged/1999-99999' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.indexNumber).toBe('113702000001/2019-00001')
    const changed = await rest(app.config, 'PATCH', `/disclosures/${created.body.doc.id}?draft=true`, {
      token: fx.editorA.token,
      body: { indexNumber: 'forged/1999-99999' },
    })
    expect(changed.status).toBe(400)
    expect(errorText(changed.body)).toContain('indexNumber')
    const still = await app.payload.findByID({ collection: 'disclosures', id: created.body.doc.id, draft: true })
    expect(still.indexNumber).toBe('113702000001/2019-00001')
  })

  it('does not use up a serial when the create is refused', async () => {
    await expect(
      as(app.payload, fx.editorA).create(
        'disclosures',
        recordData(fx, { writtenAt: '2018-01-10T04:00:00.000Z', disclosure: { attribute: 'on_request' } }),
      ),
    ).rejects.toMatchObject({ status: 400 })
    const next = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2018-01-10T04:00:00.000Z' }))
    expect(next.indexNumber).toBe('113702000001/2018-00001')
  })

  it(`gives 50 parallel creates for one department and year 50 distinct consecutive serials (${databaseKind()})`, async () => {
    const creates = Array.from({ length: 50 }, (_, n) =>
      as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: `並發創建 ${n}`, writtenAt: '2017-04-01T04:00:00.000Z' })),
    )
    const docs = await Promise.all(creates)
    const serials = docs.map((doc) => Number(String(doc.indexNumber).split('-').pop())).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 50 }, (_, n) => n + 1))
    expect(new Set(docs.map((doc) => doc.indexNumber)).size).toBe(50)
  })
})
