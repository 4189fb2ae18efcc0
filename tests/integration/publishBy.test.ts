import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Fixture, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** DESIGN §4.4: publishBy = writtenAt + 20 working days (Art. 26), late publication flagged. */
describe('the publication deadline', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('publish_by')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  it('is 2024-10-30 for a record written on 2024-09-27', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2024-09-27T04:00:00.000Z' }))
    expect(String(doc.publishBy).slice(0, 10)).toBe('2024-10-30')
    expect(doc.publishByProvisional).toBe(false)
  })

  it('is marked provisional in a year without an official holiday notice', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2040-09-28T04:00:00.000Z' }))
    expect(String(doc.publishBy).slice(0, 10)).toBe('2040-10-26')
    expect(doc.publishByProvisional).toBe(true)
  })

  it('moves when writtenAt changes', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { writtenAt: '2024-09-27T04:00:00.000Z' }))
    const moved = await as(app.payload, fx.editorA).update('disclosures', doc.id, { writtenAt: '2024-01-02T04:00:00.000Z' }, true)
    expect(String(moved.publishBy).slice(0, 10)).toBe('2024-01-30')
  })

  it('flags a record published after its deadline', async () => {
    const late = await publishedRecord(app.payload, fx, { writtenAt: '2024-09-27T04:00:00.000Z' })
    expect(late.publishedLate).toBe(true)
    const onTime = await publishedRecord(app.payload, fx, { writtenAt: new Date().toISOString() })
    expect(onTime.publishedLate).toBe(false)
  })
})
