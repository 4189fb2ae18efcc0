import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { restRaw } from '../helpers/api.js'
import { type Fixture, buildFixture, publishedRecord } from '../helpers/fixture.js'
import { pdfFile, pngFile, restUpload } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'

describe('media file responses carry nosniff and a disposition (issue 10, hole 11)', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const files: Record<string, string> = {}

  beforeAll(async () => {
    app = await bootApp('media_headers')
    fx = await buildFixture(app.payload)
    for (const [key, file, data] of [
      ['image', await pngFile('封面 cover.png', 400, 300), { alt: '封面' }],
      ['pdf', pdfFile('2014年預算報告 "final".pdf'), {}],
    ] as const) {
      const response = await restUpload(app.config, 'POST', '/media', { token: fx.editorA.token, file, data })
      expect(response.status).toBe(201)
      files[key] = response.body.doc.filename
      files[`${key}Id`] = response.body.doc.id
    }
    await publishedRecord(app.payload, fx, { title: '公開的預算', cover: files.imageId, attachments: [files.pdfId] })
    mounts = [await nextMount(), await leanMount(app.payload)]
  })

  afterAll(async () => {
    for (const mount of mounts ?? []) await mount.close()
    await app.payload.destroy()
  })

  it('a PDF downloads as an attachment with its name (RFC 6266, RFC 5987), an image stays inline, on Next and the lean server', async () => {
    for (const mount of mounts) {
      const pdf = await mount.file(`/api/media/file/${encodeURIComponent(files.pdf)}`)
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('x-content-type-options')).toBe('nosniff')
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      const disposition = pdf.headers.get('content-disposition') ?? ''
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/)
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(files.pdf)
      const image = await mount.file(`/api/media/file/${encodeURIComponent(files.image)}`)
      expect(image.status).toBe(200)
      expect(image.headers.get('x-content-type-options')).toBe('nosniff')
      expect(image.headers.get('content-disposition')).toMatch(/^inline; /)
    }
  })

  it('staff downloads through REST carry the same headers; a refusal has no disposition', async () => {
    const own = await restRaw(app.config, `/api/media/file/${encodeURIComponent(files.pdf)}`, fx.editorA.token)
    expect(own.headers.get('content-disposition')).toMatch(/^attachment; /)
    expect(own.headers.get('x-content-type-options')).toBe('nosniff')
    const missing = await restRaw(app.config, '/api/media/file/no-such-file.pdf')
    expect(missing.status).toBeGreaterThanOrEqual(400)
    expect(missing.status).toBeLessThan(500)
    expect(missing.headers.get('content-disposition')).toBeNull()
  })
})
