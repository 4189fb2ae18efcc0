import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { pdfFile, pngFile, restUpload } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'

const sha256 = (bytes: ArrayBuffer | Buffer) =>
  createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest('hex')

describe('a reviewed file cannot be swapped (issue 10, hole 4)', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}
  const docs: Record<string, any> = {}

  beforeAll(async () => {
    process.env.PUBLIC_BASE_URL = 'https://gk.test'
    app = await bootApp('media_locks')
    fx = await buildFixture(app.payload)
    const upload = async (key: string, file: Awaited<ReturnType<typeof pngFile>>, data: Record<string, unknown> = {}) => {
      const response = await restUpload(app.config, 'POST', '/media', { token: fx.editorA.token, file, data })
      expect(response.status).toBe(201)
      docs[key] = response.body.doc
    }
    await upload('cover', await pngFile('reviewed-cover.png', 1600, 1000), { alt: '封面' })
    await upload('pdf', pdfFile('reviewed-budget.pdf'))
    await upload('passedOnly', pdfFile('passed-draft.pdf'))
    await upload('draftOnly', pdfFile('pending-draft.pdf'))
    await upload('loose', pdfFile('not-attached.pdf'))
    ids.published = (await publishedRecord(app.payload, fx, { title: '已發布的預算', cover: docs.cover.id, attachments: [docs.pdf.id] })).id
    const passed = await as(app.payload, fx.editorA).create(
      'disclosures',
      recordData(fx, { title: '已審查未發布', attachments: [docs.passedOnly.id] }),
    )
    await as(app.payload, fx.reviewerA).pass('disclosures', passed.id)
    ids.pending = (
      await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: '待審查', attachments: [docs.draftOnly.id] }))
    ).id
    mounts = [await nextMount(), await leanMount(app.payload)]
  })

  afterAll(async () => {
    for (const mount of mounts ?? []) await mount.close()
    await app.payload.destroy()
  })

  const publicBytes = async () => {
    const out: string[] = []
    for (const mount of mounts) {
      for (const url of [
        `/api/media/file/${docs.cover.filename}`,
        `/api/media/file/${docs.pdf.filename}`,
        `/api/public/wechat/disclosures/${ids.published}/cover.jpg`,
      ]) {
        const response = url.includes('/media/file/') ? await mount.file(url) : await fetchBytes(mount, url)
        expect(response.status).toBe(200)
        out.push(sha256(await response.arrayBuffer()))
      }
    }
    return out
  }
  const fetchBytes = async (mount: Mount, url: string) => {
    const { status, bytes } = await mount.fetch(url)
    return { status, arrayBuffer: async () => bytes }
  }

  it('a new file into a published record’s media is refused with 409, on REST and the Local API, and the public keeps the reviewed bytes', async () => {
    const before = await publicBytes()
    for (const staff of [fx.editorA, fx.office]) {
      const swap = await restUpload(app.config, 'PATCH', `/media/${docs.cover.id}`, {
        token: staff.token,
        file: await pngFile('attacker.png', 1600, 1000),
        data: { alt: '封面' },
      })
      expect(swap.status).toBe(409)
      expect(errorText(swap.body)).toContain('media.fileLocked')
    }
    const pdfSwap = await restUpload(app.config, 'PATCH', `/media/${docs.pdf.id}`, { token: fx.editorA.token, file: pdfFile('other.pdf') })
    expect(pdfSwap.status).toBe(409)
    await expect(
      app.payload.update({
        collection: 'media',
        id: docs.pdf.id,
        data: {},
        file: pdfFile('local.pdf') as any,
        user: fx.editorA.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409 })
    const bulk = await restUpload(app.config, 'PATCH', `/media?where[id][equals]=${docs.cover.id}`, {
      token: fx.editorA.token,
      file: await pngFile('bulk.png', 1600, 1000),
    })
    expect(errorText(bulk.body)).toContain('media.fileLocked')
    const stored = await app.payload.findByID({ collection: 'media', id: docs.cover.id, depth: 0 })
    expect(stored.filename).toBe(docs.cover.filename)
    expect(stored.filesize).toBe(docs.cover.filesize)
    expect(await publicBytes()).toEqual(before)
  })

  it('a new focal point (new cover crops) is a new file too', async () => {
    const moved = await rest(app.config, 'PATCH', `/media/${docs.cover.id}`, { token: fx.editorA.token, body: { focalX: 10, focalY: 10 } })
    expect(moved.status).toBe(409)
    expect(errorText(moved.body)).toContain('media.fileLocked')
  })

  it('a file whose record passed review in its newest draft is locked; a pending draft’s file is not', async () => {
    const locked = await restUpload(app.config, 'PATCH', `/media/${docs.passedOnly.id}`, {
      token: fx.editorA.token,
      file: pdfFile('swap-passed.pdf'),
    })
    expect(locked.status).toBe(409)
    const free = await restUpload(app.config, 'PATCH', `/media/${docs.draftOnly.id}`, {
      token: fx.editorA.token,
      file: pdfFile('corrected.pdf'),
    })
    expect(free.status).toBe(200)
    expect(free.body.doc.filename).toMatch(/^corrected/)
  })

  it('alt text and caption stay editable on a reviewed file, and every change is audited with from and to', async () => {
    const edited = await rest(app.config, 'PATCH', `/media/${docs.cover.id}`, {
      token: fx.editorA.token,
      body: { alt: '二〇一四年預算封面', caption: '市財政局供圖' },
    })
    expect(edited.status).toBe(200)
    const { docs: entries } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'media_updated' } }, { documentId: { equals: String(docs.cover.id) } }] },
      depth: 0,
    })
    expect(entries.map((entry: any) => [entry.note, entry.from, entry.to, entry.user, entry.department]).sort()).toEqual([
      ['alt', '封面', '二〇一四年預算封面', fx.editorA.id, fx.deptA.id],
      ['caption', null, '市財政局供圖', fx.editorA.id, fx.deptA.id],
    ])
  })

  it('a client cannot rewrite a file’s type, size or dimensions, nor point it at another document’s file', async () => {
    const response = await rest(app.config, 'PATCH', `/media/${docs.loose.id}`, {
      token: fx.editorA.token,
      body: {
        filename: docs.cover.filename,
        mimeType: 'application/msword',
        filesize: 1,
        width: 900,
        height: 383,
        sizes: { wechatCover: { filename: docs.cover.filename } },
        caption: '附件',
      },
    })
    expect(response.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'media', id: docs.loose.id, depth: 0 })
    expect(stored).toMatchObject({
      filename: docs.loose.filename,
      mimeType: 'application/pdf',
      filesize: docs.loose.filesize,
      caption: '附件',
    })
    expect(stored.width ?? null).toBeNull()
    expect(stored.sizes?.wechatCover?.filename ?? null).toBeNull()
  })

  it('a file attached to a record cannot be deleted; a file attached to none can', async () => {
    for (const key of ['pdf', 'draftOnly']) {
      const response = await rest(app.config, 'DELETE', `/media/${docs[key].id}`, { token: fx.editorA.token })
      expect(response.status).toBe(409)
      expect(errorText(response.body)).toContain('"rule":"media.stillAttached","field":"disclosures"')
    }
    expect((await rest(app.config, 'DELETE', `/media/${docs.loose.id}`, { token: fx.editorA.token })).status).toBe(200)
  })
})
