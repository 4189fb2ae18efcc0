import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const ids = (body: { docs?: { id: number | string }[] }) => (body.docs ?? []).map((doc) => doc.id).sort()

/** Issue 12 item 4: list search and relationship pickers match Simplified and Traditional alike. */
describe('list search and pickers in both scripts', () => {
  let app: TestApp
  let fx: Fixture
  let recordId: number | string

  beforeAll(async () => {
    app = await bootApp('listsearch')
    fx = await buildFixture(app.payload)
    // The fixture's department is 市財政局 (Traditional); this one is written in Simplified.
    await app.payload.create({ collection: 'departments', data: { name: '区财政局', code: '113702000003', level: 'department' } })
    recordId = (await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: '关于2014年市级财政预算的报告' }))).id
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const find = async (path: string) => {
    const response = await rest(app.config, 'GET', path, { token: fx.editorA.token })
    expect(response.status).toBe(200)
    return response.body
  }

  it('finds the same departments for 财政局 and 財政局, in the picker and the list search', async () => {
    const simplified = await find(`/departments?where[name][like]=${encodeURIComponent('财政局')}&depth=0`)
    const traditional = await find(`/departments?where[name][like]=${encodeURIComponent('財政局')}&depth=0`)
    expect(simplified.totalDocs).toBe(2)
    expect(ids(traditional)).toEqual(ids(simplified))
    // The list search sends an `or` over the searchable fields.
    const listSearch = await find(
      `/departments?where[or][0][name][like]=${encodeURIComponent('財政局')}&where[or][1][code][like]=x&depth=0`,
    )
    expect(ids(listSearch)).toEqual(ids(simplified))
  })

  it('finds a disclosure by its title in either script, as its editor', async () => {
    for (const term of ['财政预算', '財政預算', '市級財政']) {
      const body = await find(`/disclosures?where[title][like]=${encodeURIComponent(term)}&draft=true&depth=0`)
      expect(ids(body)).toEqual([recordId])
    }
  })

  it('lists drafts first by default, the newest first among them, in the draft view the admin lists', async () => {
    const published = await publishedRecord(app.payload, fx, { title: '已发布的通知', writtenAt: '2024-01-05T04:00:00.000Z' })
    const earlier = await as(app.payload, fx.editorA).create(
      'disclosures',
      recordData(fx, { title: '新建的草稿', writtenAt: '2024-06-03T04:00:00.000Z' }),
    )
    const disclosures = app.config.collections.find((collection) => collection.slug === 'disclosures')
    const { docs } = await app.payload.find({
      collection: 'disclosures',
      sort: disclosures?.defaultSort,
      draft: true,
      depth: 0,
      user: fx.editorA.user,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.id)).toEqual([earlier.id, recordId, published.id])
  })

  it('keeps other conditions: a match in the other script outside the editor’s reach stays hidden', async () => {
    const response = await rest(app.config, 'GET', `/disclosures?where[title][like]=${encodeURIComponent('財政預算')}&draft=true&depth=0`, {
      token: fx.editorB.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(0)
  })
})
