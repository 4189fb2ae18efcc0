import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, graphql, rest, restRaw } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData, richText } from '../helpers/fixture.js'
import { pdfFile, pngFile, restUpload } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const uploadNode = (id: unknown) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
const bodyWithUpload = (id: unknown) => {
  const body = richText('正文與附圖')
  ;(body.root.children as unknown[]).push(uploadNode(id))
  return body
}

describe('media belong to a department (issue 10, hole 5)', () => {
  let app: TestApp
  let fx: Fixture
  const files: Record<string, { id: number | string; filename: string }> = {}

  const upload = async (key: string, token: string, file: Awaited<ReturnType<typeof pngFile>>, data: Record<string, unknown> = {}) => {
    const response = await restUpload(app.config, 'POST', '/media', { token, file, data })
    expect(response.status).toBe(201)
    files[key] = { id: response.body.doc.id, filename: response.body.doc.filename }
    return response.body.doc
  }

  beforeAll(async () => {
    app = await bootApp('media_departments')
    fx = await buildFixture(app.payload)
    await upload('secretA', fx.editorA.token, pdfFile('a-internal-minutes.pdf'))
    await upload('publicA', fx.editorA.token, await pngFile('a-public-cover.png', 400, 300), { alt: '封面' })
    await upload('ownB', fx.editorB.token, pdfFile('b-plan.pdf'))
    // Department A's not_disclosed draft holds the secret file; a published record makes the cover public.
    await as(app.payload, fx.editorA).create(
      'disclosures',
      recordData(fx, {
        title: '內部會議紀要',
        attachments: [files.secretA.id],
        disclosure: { attribute: 'not_disclosed', reason: '內部討論', grounds: ['process_information'] },
      }),
    )
    await publishedRecord(app.payload, fx, { title: '公開的預算報告', cover: files.publicA.id })
  })

  afterAll(async () => {
    await app.payload.destroy()
  })

  it('an upload belongs to the uploader’s only department when none is given', async () => {
    const doc = await app.payload.findByID({ collection: 'media', id: files.secretA.id, depth: 0 })
    expect((doc as any).department).toBe(fx.deptA.id)
  })

  it('an editor of two departments must say which one a file belongs to', async () => {
    const user = await app.payload.create({
      collection: 'users',
      data: {
        email: 'editor-ab@test.localhost',
        password: 'test-password-only',
        name: 'editor-ab',
        roles: ['editor'],
        departments: [fx.deptA.id, fx.deptB.id],
      } as any,
    })
    const { token } = await app.payload.login({
      collection: 'users',
      data: { email: user.email as string, password: 'test-password-only' },
    })
    const unnamed = await restUpload(app.config, 'POST', '/media', { token, file: pdfFile('which-department.pdf') })
    expect(unnamed.status).toBe(400)
    expect(errorText(unnamed.body)).toContain('"rule":"media.departmentRequired","field":"department"')
    const named = await restUpload(app.config, 'POST', '/media', { token, file: pdfFile('for-b.pdf'), data: { department: fx.deptB.id } })
    expect(named.status).toBe(201)
  })

  it('a department editor cannot put a file into another department; city-wide staff can', async () => {
    const refused = await restUpload(app.config, 'POST', '/media', {
      token: fx.editorA.token,
      file: pdfFile('a-into-b.pdf'),
      data: { department: fx.deptB.id },
    })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain('"rule":"media.departmentNotOwn","field":"department"')
    const moved = await rest(app.config, 'PATCH', `/media/${files.secretA.id}`, {
      token: fx.editorA.token,
      body: { department: fx.deptB.id },
    })
    expect(moved.status).toBe(400)
    expect(errorText(moved.body)).toContain('media.departmentNotOwn')
    const office = await restUpload(app.config, 'POST', '/media', {
      token: fx.office.token,
      file: pdfFile('office-for-b.pdf'),
      data: { department: fx.deptB.id },
    })
    expect(office.status).toBe(201)
    expect(office.body.doc.department).toMatchObject({ id: fx.deptB.id })
  })

  it('staff of department B neither list nor download department A’s unpublished file; A’s staff and the office do', async () => {
    const listB = await rest(app.config, 'GET', '/media?limit=100&depth=0', { token: fx.editorB.token })
    expect(listB.status).toBe(200)
    const seenByB = listB.body.docs.map((doc: any) => doc.id)
    expect(seenByB).not.toContain(files.secretA.id)
    expect(seenByB).toEqual(expect.arrayContaining([files.ownB.id, files.publicA.id]))
    expect((await rest(app.config, 'GET', `/media/${files.secretA.id}`, { token: fx.editorB.token })).status).toBe(404)
    const fileUrl = `/api/media/file/${files.secretA.filename}`
    expect((await restRaw(app.config, fileUrl, fx.editorB.token)).status).toBe(403)
    expect((await restRaw(app.config, fileUrl, fx.reviewerB.token)).status).toBe(403)
    expect((await restRaw(app.config, fileUrl)).status).toBe(403)
    expect((await restRaw(app.config, fileUrl, fx.editorA.token)).status).toBe(200)
    expect((await restRaw(app.config, fileUrl, fx.office.token)).status).toBe(200)
    const anonymous = await rest(app.config, 'GET', '/media?limit=100&depth=0')
    expect(anonymous.body.docs.map((doc: any) => doc.id)).toEqual([files.publicA.id])
  })

  it('staff of department B cannot attach A’s file to their record over REST', async () => {
    const response = await rest(app.config, 'POST', '/disclosures?draft=true', {
      token: fx.editorB.token,
      body: recordData(fx, { title: '教育局通知', department: fx.deptB.id, attachments: [files.secretA.id] }),
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('"rule":"record.mediaNotAllowed","field":"attachments"')
  })

  it('nor inside the rich text, nor over GraphQL, nor through the Local API with access on', async () => {
    const own = await as(app.payload, fx.editorB).create('disclosures', recordData(fx, { title: '教育局公告', department: fx.deptB.id }))
    const inBody = await rest(app.config, 'PATCH', `/disclosures/${own.id}?draft=true`, {
      token: fx.editorB.token,
      body: { body: bodyWithUpload(files.secretA.id) },
    })
    expect(inBody.status).toBe(400)
    expect(errorText(inBody.body)).toContain('"rule":"record.mediaNotAllowed","field":"body"')

    const mutation =
      'mutation($id: Int!, $data: mutationDisclosureUpdateInput!) { updateDisclosure(id: $id, data: $data, draft: true) { id } }'
    const viaGraphql = await graphql(app.config, mutation, {
      token: fx.editorB.token,
      variables: { id: own.id, data: { cover: files.secretA.id } },
    })
    expect(errorText(viaGraphql.body)).toContain('"rule":"record.mediaNotAllowed","field":"cover"')

    const local = await as(app.payload, fx.editorB)
      .update('disclosures', own.id, { attachments: [files.secretA.id] }, true)
      .catch((err: any) => err)
    expect(local.status).toBe(400)
    expect(local.data.errors[0]).toMatchObject({
      path: 'attachments',
      message: `只能引用本机关的文件或已公开的文件（文件编号 ${files.secretA.id}）。`,
    })
    const stored = await app.payload.findByID({ collection: 'disclosures', id: own.id, draft: true, depth: 0 })
    expect(stored.attachments ?? []).toEqual([])
    expect(stored.cover ?? null).toBeNull()
  })

  it('a file already public, or of the user’s own department, may be attached by anyone who sees it', async () => {
    const record = await as(app.payload, fx.editorB).create(
      'disclosures',
      recordData(fx, { title: '引用公開封面', department: fx.deptB.id, cover: files.publicA.id, attachments: [files.ownB.id] }),
    )
    expect(record.cover).toBe(files.publicA.id)
    const office = await as(app.payload, fx.office).create(
      'disclosures',
      recordData(fx, { title: '公開辦引用', attachments: [files.secretA.id] }),
    )
    expect(office.attachments).toEqual([files.secretA.id])
  })

  it('staff of department B cannot change, replace or delete A’s file', async () => {
    const patch = await rest(app.config, 'PATCH', `/media/${files.publicA.id}`, { token: fx.editorB.token, body: { alt: '改掉' } })
    expect(patch.status).toBe(403)
    const replace = await restUpload(app.config, 'PATCH', `/media/${files.publicA.id}`, {
      token: fx.editorB.token,
      file: await pngFile('swap.png', 400, 300),
    })
    expect(replace.status).toBe(403)
    const remove = await rest(app.config, 'DELETE', `/media/${files.ownB.id}`, { token: fx.editorA.token })
    expect(remove.status).toBe(403)
    expect(errorText(patch.body)).toMatch(/您无权执行此操作/)
  })

  it('a file without a department (a row from before) is seen and changed by city-wide staff only', async () => {
    const legacy = await app.payload.create({ collection: 'media', data: {} as any, file: pdfFile('legacy.pdf') })
    expect((legacy as any).department ?? null).toBeNull()
    expect((await rest(app.config, 'GET', `/media/${legacy.id}`, { token: fx.editorA.token })).status).toBe(404)
    expect((await rest(app.config, 'GET', `/media/${legacy.id}`, { token: fx.office.token })).status).toBe(200)
    const assigned = await rest(app.config, 'PATCH', `/media/${legacy.id}`, { token: fx.office.token, body: { department: fx.deptA.id } })
    expect(assigned.status).toBe(200)
    expect((await rest(app.config, 'GET', `/media/${legacy.id}`, { token: fx.editorA.token })).status).toBe(200)
  })
})
