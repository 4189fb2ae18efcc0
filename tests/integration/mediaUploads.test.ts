import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { errorText } from '../helpers/api.js'
import { type Fixture, buildFixture } from '../helpers/fixture.js'
import { type UploadFile, pngFile, restUpload } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const named = (file: UploadFile, name: string, mimetype = file.mimetype): UploadFile => ({ ...file, name, mimetype })
const bytes = (text: string, name: string, mimetype: string): UploadFile => {
  const data = Buffer.from(text)
  return { data, name, mimetype, size: data.length }
}

describe('uploads are checked from their bytes (issue 10, hole 12)', () => {
  let app: TestApp
  let fx: Fixture

  const upload = (file: UploadFile, data: Record<string, unknown> = { alt: '圖' }) =>
    restUpload(app.config, 'POST', '/media', { token: fx.editorA.token, file, data })

  beforeAll(async () => {
    app = await bootApp('media_uploads')
    fx = await buildFixture(app.payload)
  })

  afterAll(async () => {
    await app.payload.destroy()
  })

  it('a 16,000 × 16,000 PNG is refused from its header, naming the file, in well under two seconds', async () => {
    const data = await sharp({ create: { width: 16_000, height: 16_000, channels: 3, background: { r: 255, g: 255, b: 255 } } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const response = await upload({ data, name: 'huge-scan.png', mimetype: 'image/png', size: data.length })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toMatch(
      /"message":"图片过大（16000 × 16000），上限 40 百万像素、边长 12000：huge-scan\.png","path":"file"/,
    )
    expect(response.ms).toBeLessThan(2000)
    expect((await app.payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('an image with one side over the limit is refused too, one within both limits accepted', async () => {
    const strip = await sharp({ create: { width: 12_500, height: 10, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const tooLong = await upload({ data: strip, name: 'strip.png', mimetype: 'image/png', size: strip.length })
    expect(tooLong.status).toBe(400)
    expect(errorText(tooLong.body)).toMatch(/图片过大（12500 × 10），上限 40 百万像素、边长 12000/)
    expect((await upload(await pngFile('normal.png', 1200, 800))).status).toBe(201)
  })

  it('control and bidi characters and path separators leave the name, and the extension follows the bytes', async () => {
    const png = await pngFile('x.png', 40, 30)
    const cases: [string, RegExp][] = [
      ['report\u202Egnp.exe', /^reportgnp(-\d+)?\.png$/],
      ['\u2066invoice\u2069\u200E\u200F.png', /^invoice(-\d+)?\.png$/],
      // The multipart parser keeps only the last path segment.
      ['..\\..\\windows/system32.png', /^system32(-\d+)?\.png$/],
      ['page.html', /^page(-\d+)?\.png$/],
      ['logo.svg', /^logo(-\d+)?\.png$/],
    ]
    for (const [name, expected] of cases) {
      const response = await upload(named(png, name, name.endsWith('.svg') ? 'image/svg+xml' : 'text/html'))
      expect(response.status).toBe(201)
      expect(response.body.doc.filename).toMatch(expected)
      expect(response.body.doc.mimeType).toBe('image/png')
    }
    // Control characters cannot pass a multipart header, nor a path a multipart name; the Local API takes any name.
    for (const [name, expected] of [
      ['\u0007\u001b[31mred\u0000.gif', /^\[31mred(-\d+)?\.png$/],
      ['../dir/sub\\name.png', /^dirsubname(-\d+)?\.png$/],
    ] as const) {
      const local = await app.payload.create({
        collection: 'media',
        data: { alt: '圖' } as any,
        file: named(png, name, 'image/gif'),
        user: fx.editorA.user,
        overrideAccess: false,
      })
      expect(local.filename).toMatch(expected)
    }
  })

  it('bytes of a type that is not allowed are refused whatever the name or declared type says', async () => {
    const html = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for (const file of [
      bytes(html, 'report.pdf', 'application/pdf'),
      bytes(html, 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      bytes(html, 'minutes.doc', 'application/msword'),
      bytes(svg, 'chart.png', 'image/png'),
    ]) {
      const response = await upload(file, {})
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toContain(`"message":"不允许的文件类型（—）：${file.name}","path":"file"`)
    }
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
      .tiff()
      .toBuffer()
    const detected = await upload({ data: tiff, name: 'scan.png', mimetype: 'image/png', size: tiff.length })
    expect(detected.status).toBe(400)
    expect(errorText(detected.body)).toContain('"message":"不允许的文件类型（image/tiff）：scan.png","path":"file"')
    expect((await app.payload.count({ collection: 'media', where: { filename: { like: 'minutes' } } })).totalDocs).toBe(0)
  })
})
