import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, graphql, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const withLink = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type,
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 3,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', text: '點擊', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    ],
  },
})

/** Issue 10, hole 13: unsafe links never pass, and bare ids do not reveal records the caller cannot see. */
describe('content that would run or reveal', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('unsafe_content')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('refuses a link to %j on save, through REST', async (url) => {
    const response = await rest(app.config, 'POST', '/disclosures?draft=true', {
      token: fx.editorA.token,
      body: recordData(fx, { body: withLink(url) }),
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('record.unsafeLink')
    expect(errorText(response.body)).toContain('body')
  })

  it('refuses an autolink too, and the same on an interpretation', async () => {
    const record = await rest(app.config, 'POST', '/disclosures?draft=true', {
      token: fx.editorA.token,
      body: recordData(fx, { body: withLink('javascript:x', 'autolink') }),
    })
    expect(record.status).toBe(400)
    const policy = await publishedRecord(app.payload, fx)
    const interpretation = await rest(app.config, 'POST', '/interpretations?draft=true', {
      token: fx.editorA.token,
      body: {
        title: '解讀',
        policies: [policy.id],
        department: fx.deptA.id,
        body: withLink('data:text/html,x'),
        disclosure: { attribute: 'proactive' },
      },
    })
    expect(interpretation.status).toBe(400)
    expect(errorText(interpretation.body)).toContain('body')
  })

  it.each([
    'https://www.qingdao.gov.cn/',
    'http://example.org/a?b=1',
    'mailto:gk@qingdao.gov.cn',
    'tel:053212345',
    '/zwgk/xxgk',
    '#part-2',
    'zwgk/list.html',
  ])('accepts a link to %j', async (url) => {
    const response = await rest(app.config, 'POST', '/disclosures?draft=true', {
      token: fx.editorA.token,
      body: recordData(fx, { body: withLink(url) }),
    })
    expect(response.status).toBe(201)
  })

  it('does not show anonymous callers, or another department, the id of a record they cannot read', async () => {
    const replacement = await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: '尚未發布的新辦法' }))
    const old = await publishedRecord(app.payload, fx, { title: '舊辦法' })
    await as(app.payload, fx.editorA).update('disclosures', old.id, { validity: { status: 'repealed', replacedBy: replacement.id } })

    const anonymous = await rest(app.config, 'GET', `/disclosures/${old.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.validity).toMatchObject({ status: 'repealed', replacedBy: null })
    const list = await rest(app.config, 'GET', `/disclosures?depth=0&where[id][equals]=${old.id}`)
    expect(list.body.docs[0].validity.replacedBy).toBeNull()
    const otherDepartment = await rest(app.config, 'GET', `/disclosures/${old.id}?depth=0`, { token: fx.editorB.token })
    expect(otherDepartment.body.validity.replacedBy).toBeNull()
    const viaGraphql = await graphql(app.config, `{ Disclosure(id: ${old.id}) { validity { replacedBy { id } } } }`)
    expect(viaGraphql.body.data.Disclosure.validity.replacedBy).toBeNull()

    const ownDepartment = await rest(app.config, 'GET', `/disclosures/${old.id}?depth=0`, { token: fx.editorA.token })
    expect(ownDepartment.body.validity.replacedBy).toBe(replacement.id)
  })
})
