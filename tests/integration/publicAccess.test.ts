import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { graphql, rest, restRaw } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData, richText } from '../helpers/fixture.js'
import { pdfFile, pngFile } from '../helpers/files.js'
import { internalKeysIn } from '../helpers/leaks.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

describe('what anonymous callers can reach', () => {
  let app: TestApp
  let fx: Fixture
  const ids: Record<string, number | string> = {}
  const files: Record<string, string> = {}

  beforeAll(async () => {
    app = await bootApp('public_access')
    fx = await buildFixture(app.payload)
    const p = app.payload
    const editor = as(p, fx.editorA)
    const reviewer = as(p, fx.reviewerA)
    const media = async (key: string, file: Awaited<ReturnType<typeof pngFile>>, alt?: string) => {
      const doc = await p.create({ collection: 'media', data: { alt } as any, file, user: fx.editorA.user, overrideAccess: false })
      ids[key] = doc.id
      files[key] = doc.filename as string
    }
    await media('publicImage', await pngFile('public-cover.png'), '預算封面')
    await media('secretPdf', pdfFile('internal-draft.pdf'))
    await media('laterWithdrawnPdf', pdfFile('withdrawn.pdf'))

    ids.draft = (await editor.create('disclosures', recordData(fx, { title: '草稿：內部討論稿', attachments: [ids.secretPdf] }))).id
    ids.onRequest = (
      await editor.create(
        'disclosures',
        recordData(fx, { title: '依申請公開的信息', disclosure: { attribute: 'on_request', reason: '涉及特定群體' } }),
      )
    ).id
    ids.notDisclosed = (
      await editor.create(
        'disclosures',
        recordData(fx, {
          title: '不予公開的信息',
          disclosure: { attribute: 'not_disclosed', reason: '內部人事', grounds: ['internal_affairs'] },
        }),
      )
    ).id
    await reviewer.pass('disclosures', ids.notDisclosed)
    ids.replacement = (await publishedRecord(p, fx, { title: '新版財政資金管理辦法' })).id
    ids.public = (
      await publishedRecord(p, fx, {
        title: '公開的財政預算報告',
        cover: ids.publicImage,
        validity: { status: 'repealed', replacedBy: ids.draft },
      })
    ).id
    ids.withdrawn = (await publishedRecord(p, fx, { title: '已撤回的信息', attachments: [ids.laterWithdrawnPdf] })).id
    await editor.update('disclosures', ids.withdrawn, { _status: 'draft' })
    ids.editedAfterPublish = (await publishedRecord(p, fx, { title: '已發布的原標題' })).id
    await editor.update('disclosures', ids.editedAfterPublish, { title: '未審查的新標題' }, true)
    ids.otherDepartmentDraft = (
      await as(p, fx.editorB).create('disclosures', recordData(fx, { title: '教育局草稿', department: fx.deptB.id }))
    ).id

    const interpretation = await editor.create('interpretations', {
      title: '公開報告的解讀',
      policies: [ids.public],
      department: fx.deptA.id,
      body: richText('解讀'),
      disclosure: { attribute: 'proactive' },
    })
    ids.draftInterpretation = interpretation.id
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const publicIds = () => [ids.replacement, ids.public, ids.editedAfterPublish].map(String).sort()
  const idsOf = (docs: any[]) => docs.map((doc) => String(doc.id)).sort()

  it('lists only public records through REST, with no internal field', async () => {
    const response = await rest(app.config, 'GET', '/disclosures?limit=100&depth=2')
    expect(response.status).toBe(200)
    expect(idsOf(response.body.docs)).toEqual(publicIds())
    expect([...internalKeysIn(response.body)]).toEqual([])
  })

  it('shows the published version, never the draft, even with ?draft=true', async () => {
    const list = await rest(app.config, 'GET', '/disclosures?draft=true&limit=100')
    expect(idsOf(list.body.docs)).toEqual(publicIds())
    const one = await rest(app.config, 'GET', `/disclosures/${ids.editedAfterPublish}?draft=true`)
    expect(one.body.title).toBe('已發布的原標題')
    expect(JSON.stringify(list.body)).not.toContain('未審查的新標題')
  })

  it('answers 404 by id for every record that is not public', async () => {
    for (const key of ['draft', 'onRequest', 'notDisclosed', 'withdrawn', 'otherDepartmentDraft']) {
      expect((await rest(app.config, 'GET', `/disclosures/${ids[key]}`)).status).toBe(404)
      expect((await rest(app.config, 'GET', `/disclosures/${ids[key]}?draft=true`)).status).toBe(404)
    }
  })

  it('counts only public records', async () => {
    const response = await rest(app.config, 'GET', '/disclosures/count')
    expect(response.body.totalDocs).toBe(publicIds().length)
  })

  it('refuses versions to anonymous callers', async () => {
    expect((await rest(app.config, 'GET', '/disclosures/versions')).status).toBe(403)
    expect((await rest(app.config, 'GET', '/interpretations/versions')).status).toBe(403)
  })

  it('does not populate a non-public record through a relationship or a join at depth 2', async () => {
    const response = await rest(app.config, 'GET', `/disclosures/${ids.public}?depth=2`)
    expect(response.status).toBe(200)
    const replacedBy = response.body.validity.replacedBy
    expect(typeof replacedBy === 'object' && replacedBy !== null ? replacedBy.title : undefined).toBeUndefined()
    expect(JSON.stringify(response.body)).not.toContain('草稿：內部討論稿')
    expect(response.body.interpretations.docs).toEqual([])
    expect([...internalKeysIn(response.body)]).toEqual([])
  })

  it('serves GraphQL list, by-id and versions with the same limits', async () => {
    const list = await graphql(
      app.config,
      '{ Disclosures(limit: 100, draft: true) { docs { id title disclosure { attribute reason grounds } secrecyReview { status opinion } } totalDocs } }',
    )
    expect(idsOf(list.body.data.Disclosures.docs)).toEqual(publicIds())
    expect([...internalKeysIn(list.body.data)]).toEqual([])

    const hidden = await graphql(app.config, `{ Disclosure(id: ${ids.draft}) { id title } }`)
    expect(hidden.body.data?.Disclosure ?? null).toBeNull()

    const versions = await graphql(app.config, '{ versionsDisclosures { docs { id version { title } } } }')
    expect(versions.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(JSON.stringify(versions.body)).not.toContain('草稿')

    const populated = await graphql(
      app.config,
      `{ Disclosure(id: ${ids.public}) { validity { replacedBy { id title } } interpretations { docs { id title } } } }`,
    )
    expect(JSON.stringify(populated.body)).not.toContain('草稿：內部討論稿')
    expect(JSON.stringify(populated.body)).not.toContain('公開報告的解讀')
  })

  it('serves a file only while a public record uses it', async () => {
    expect((await restRaw(app.config, `/api/media/file/${files.publicImage}`)).status).toBe(200)
    expect((await restRaw(app.config, `/api/media/file/${files.secretPdf}`)).status).toBeGreaterThanOrEqual(400)
    expect((await restRaw(app.config, `/api/media/file/${files.laterWithdrawnPdf}`)).status).toBeGreaterThanOrEqual(400)
    expect((await restRaw(app.config, `/api/media/file/${files.secretPdf}`, fx.editorA.token)).status).toBe(200)
    const list = await rest(app.config, 'GET', '/media?limit=100')
    expect(idsOf(list.body.docs)).toEqual([String(ids.publicImage)])
  })

  it('keeps users and the audit log from anonymous callers', async () => {
    expect((await rest(app.config, 'GET', '/users')).status).toBe(403)
    expect((await rest(app.config, 'GET', '/audit-log')).status).toBe(403)
    expect((await graphql(app.config, '{ AuditLogs { docs { id } } }')).body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  it('publishes the catalogue and the departments with their guide data', async () => {
    expect((await rest(app.config, 'GET', '/departments')).body.totalDocs).toBe(2)
    expect((await rest(app.config, 'GET', '/catalogue-entries')).body.totalDocs).toBe(1)
  })

  describe('departments keep to their own records', () => {
    it('does not show another department its drafts', async () => {
      const list = await rest(app.config, 'GET', '/disclosures?limit=100&draft=true', { token: fx.editorB.token })
      const seen = idsOf(list.body.docs)
      expect(seen).toContain(String(ids.otherDepartmentDraft))
      for (const key of ['draft', 'onRequest', 'notDisclosed', 'withdrawn']) expect(seen).not.toContain(String(ids[key]))
      expect((await rest(app.config, 'GET', `/disclosures/${ids.draft}?draft=true`, { token: fx.editorB.token })).status).toBe(404)
      expect(
        (await rest(app.config, 'GET', '/disclosures/versions?limit=100', { token: fx.editorB.token })).body.docs.every(
          (doc: any) => String(doc.version.department?.id ?? doc.version.department) === String(fx.deptB.id),
        ),
      ).toBe(true)
    })

    it('shows another department public records without their internal fields', async () => {
      const response = await rest(app.config, 'GET', `/disclosures/${ids.public}`, { token: fx.editorB.token })
      expect(response.status).toBe(200)
      expect([...internalKeysIn(response.body)]).toEqual([])
    })

    it('does not let another department change, publish or delete a record, or create one in its name', async () => {
      for (const body of [{ title: '越權修改' }, { _status: 'draft' }]) {
        const response = await rest(app.config, 'PATCH', `/disclosures/${ids.public}`, { token: fx.editorB.token, body })
        expect([403, 404]).toContain(response.status)
      }
      expect([403, 404]).toContain((await rest(app.config, 'DELETE', `/disclosures/${ids.draft}`, { token: fx.editorB.token })).status)
      const created = await rest(app.config, 'POST', '/disclosures?draft=true', { token: fx.editorB.token, body: recordData(fx) })
      expect(created.status).toBe(403)
      const after = await app.payload.findByID({ collection: 'disclosures', id: ids.public, depth: 0 })
      expect(after).toMatchObject({ title: '公開的財政預算報告', _status: 'published' })
    })
  })
})
