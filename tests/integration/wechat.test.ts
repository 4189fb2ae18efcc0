import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseDocument } from 'htmlparser2'
import jsQR from 'jsqr'
import sharp from 'sharp'

import { articleHtml } from '../../src/plugins/publicApi/articleHtml.js'
import { type Fixture, as, buildFixture, publishedRecord, recordData } from '../helpers/fixture.js'
import { pdfFile, pngFile } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
  ...extra,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const lexical = (...children: unknown[]) => ({ root: block('root', children) })
const link = (url: string, label: string) => block('link', [text(label)], { fields: { url, linkType: 'custom', newTab: true }, version: 3 })
const upload = (id: unknown) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })

/** Reads a QR code out of an image (PNG bytes, or an SVG rendered by sharp). */
const decodeQr = async (image: Buffer) => {
  const { data, info } = await sharp(image, { density: 300 })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
}

/** Every element of an HTML fragment, parsed as a browser would tokenize it. */
const elementsOf = (html: string) => {
  const out: { name: string; attribs: Record<string, string> }[] = []
  const walk = (node: any) => {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') out.push({ name: node.name, attribs: node.attribs })
    node.children?.forEach(walk)
  }
  walk(parseDocument(html))
  return out
}

/** What no article HTML may contain, whatever its source held: parsed, not pattern-matched. */
const expectSafeHtml = (html: string) => {
  const elements = elementsOf(html)
  expect(elements.length).toBeGreaterThan(0)
  for (const { name, attribs } of elements) {
    expect(['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'link', 'meta', 'base']).not.toContain(name)
    for (const [attribute, value] of Object.entries(attribs)) {
      expect(attribute).not.toMatch(/^on/i)
      expect(attribute).not.toBe('style')
      expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i)
      if (attribute === 'href' || attribute === 'src') expect(value).toMatch(/^(https?:\/\/|mailto:|tel:)/)
    }
  }
  expect(html).not.toMatch(/javascript:/i)
}

describe('WeChat articles', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}

  beforeAll(async () => {
    process.env.PUBLIC_BASE_URL = 'https://gk.test'
    process.env.PUBLIC_RECORD_URL = 'https://www.gk.test/zwgk/{collection}/{id}.html'
    process.env.PUBLIC_MOBILE_URL = 'https://m.gk.test/{collection}/{id}'
    app = await bootApp('wechat')
    fx = await buildFixture(app.payload)
    const p = app.payload
    const user = fx.editorA.user
    ids.cover = (
      await p.create({
        collection: 'media',
        data: { alt: '封面' } as any,
        file: await pngFile('wechat-cover.png', 1600, 1000),
        user,
        overrideAccess: false,
      })
    ).id
    ids.small = (
      await p.create({
        collection: 'media',
        data: { alt: '小圖' } as any,
        file: await pngFile('wechat-small.png', 240, 90),
        user,
        overrideAccess: false,
      })
    ).id
    ids.figure = (
      await p.create({
        collection: 'media',
        data: { alt: '示意圖' } as any,
        file: await pngFile('wechat-figure.png', 640, 480),
        user,
        overrideAccess: false,
      })
    ).id
    ids.pdf = (await p.create({ collection: 'media', data: {} as any, file: pdfFile('wechat-plan.pdf'), user, overrideAccess: false })).id
    ids.withCover = (
      await publishedRecord(p, fx, {
        title: '關於印發青島市政務公開工作要點的通知',
        summary: '明確2014年政務公開工作的重點任務。',
        cover: ids.cover,
        attachments: [ids.pdf],
        body: lexical(
          block('paragraph', [text('各區市人民政府，市政府各部門：<script>alert(1)</script>')]),
          block('paragraph', [
            link('https://www.qingdao.gov.cn/zwgk/', '政務公開專欄'),
            text(' 與 '),
            link('/api/public/disclosures', '公開目錄'),
          ]),
          upload(ids.figure),
        ),
      })
    ).id
    ids.smallCover = (await publishedRecord(p, fx, { title: '小封面的公告', cover: ids.small })).id
    ids.plain = (await publishedRecord(p, fx, { title: '沒有圖片的公告', summary: '' })).id
    ids.draft = (await as(p, fx.editorA).create('disclosures', recordData(fx, { title: '未發布', cover: ids.cover }))).id
    mounts = [await nextMount(), await leanMount(p)]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  const both = async (path: string) => {
    const [next, lean] = await Promise.all(mounts.map((mount) => mount.fetch(path)))
    expect({ path, status: lean.status, type: lean.headers.get('content-type'), etag: lean.headers.get('etag') }).toEqual({
      path,
      status: next.status,
      type: next.headers.get('content-type'),
      etag: next.headers.get('etag'),
    })
    expect(lean.bytes.equals(next.bytes)).toBe(true)
    return next
  }

  it('gives what an official account needs: title, digest, department, source and mobile URLs, absolute file URLs', async () => {
    const { status, body } = await both(`/api/public/wechat/disclosures/${ids.withCover}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      type: 'disclosures',
      id: ids.withCover,
      title: '關於印發青島市政務公開工作要點的通知',
      digest: '明確2014年政務公開工作的重點任務。',
      author: '市財政局',
      department: { id: fx.deptA.id, name: '市財政局' },
      contentSourceUrl: `https://www.gk.test/zwgk/disclosures/${ids.withCover}.html`,
      mobileUrl: `https://m.gk.test/disclosures/${ids.withCover}`,
      cover: { url: `https://gk.test/api/public/wechat/disclosures/${ids.withCover}/cover.jpg`, width: 900, height: 383 },
      thumb: { url: `https://gk.test/api/public/wechat/disclosures/${ids.withCover}/thumb.jpg`, width: 300, height: 300 },
      qrCode: {
        png: `https://gk.test/api/public/wechat/disclosures/${ids.withCover}/qr.png`,
        svg: `https://gk.test/api/public/wechat/disclosures/${ids.withCover}/qr.svg`,
      },
    })
    expect(body.cover.source).toMatch(/^https:\/\/gk\.test\/api\/media\/file\/wechat-cover/)
    expect(body.attachments).toEqual([
      {
        filename: expect.stringMatching(/^wechat-plan/),
        url: expect.stringMatching(/^https:\/\/gk\.test\/api\/media\/file\/wechat-plan.*\.pdf$/),
        mimeType: 'application/pdf',
        filesize: expect.any(Number),
      },
    ])
    // The body: escaped text, absolute links and image, nothing executable.
    expect(body.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(body.content).toContain('<a href="https://www.qingdao.gov.cn/zwgk/">政務公開專欄</a>')
    expect(body.content).toContain('<a href="https://gk.test/api/public/disclosures">公開目錄</a>')
    expect(body.content).toMatch(
      /<img src="https:\/\/gk\.test\/api\/media\/file\/wechat-figure[^"]*\.png" alt="示意圖" width="640" height="480" \/>/,
    )
    expectSafeHtml(body.content)
  })

  it('the cover is exactly 900×383 and the thumbnail square, from a large image, a small one, or none', async () => {
    for (const id of [ids.withCover, ids.smallCover, ids.plain]) {
      const cover = await both(`/api/public/wechat/disclosures/${id}/cover.jpg`)
      expect(cover.headers.get('content-type')).toBe('image/jpeg')
      expect(await sharp(cover.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 900, height: 383 })
      const thumb = await both(`/api/public/wechat/disclosures/${id}/thumb.jpg`)
      const meta = await sharp(thumb.bytes).metadata()
      expect(meta).toMatchObject({ format: 'jpeg', width: 300, height: 300 })
    }
    // The record's own red test image, not the plain cover: sample the centre pixel.
    const { data } = await sharp((await both(`/api/public/wechat/disclosures/${ids.withCover}/cover.jpg`)).bytes)
      .extract({ left: 450, top: 190, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect(Math.abs(data[0] - 200) + Math.abs(data[1] - 30) + Math.abs(data[2] - 30)).toBeLessThan(40)
  })

  it('the QR code, PNG and SVG, decodes to the record’s mobile URL', async () => {
    for (const id of [ids.withCover, ids.plain]) {
      const png = await both(`/api/public/wechat/disclosures/${id}/qr.png`)
      expect(png.headers.get('content-type')).toBe('image/png')
      expect(await decodeQr(png.bytes)).toBe(`https://m.gk.test/disclosures/${id}`)
      const svg = await both(`/api/public/wechat/disclosures/${id}/qr.svg`)
      expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
      expect(svg.text).toMatch(/^<svg /)
      expect(await decodeQr(svg.bytes)).toBe(`https://m.gk.test/disclosures/${id}`)
    }
  })

  it('a record that is not public has no article, cover, thumbnail or QR code', async () => {
    for (const suffix of ['', '/cover.jpg', '/thumb.jpg', '/qr.png', '/qr.svg']) {
      expect((await both(`/api/public/wechat/disclosures/${ids.draft}${suffix}`)).status).toBe(404)
      expect((await both(`/api/public/wechat/disclosures/999999${suffix}`)).status).toBe(404)
    }
    expect((await both(`/api/public/wechat/users/${fx.editorA.id}`)).status).toBe(404)
    expect((await both(`/api/public/wechat/disclosures/${ids.withCover}/secret.txt`)).status).toBe(404)
  })

  it('an unpublished record’s article and QR code are gone at once, though they were cached', async () => {
    const record = await publishedRecord(app.payload, fx, { title: '即將撤回的通知' })
    for (const mount of mounts) {
      expect((await mount.fetch(`/api/public/wechat/disclosures/${record.id}/qr.png`)).status).toBe(200)
      expect((await mount.fetch(`/api/public/wechat/disclosures/${record.id}`)).headers.get('x-cache')).toBe('HIT')
    }
    await as(app.payload, fx.editorA).update('disclosures', record.id, { _status: 'draft' })
    for (const suffix of ['', '/qr.png', '/cover.jpg'])
      expect((await both(`/api/public/wechat/disclosures/${record.id}${suffix}`)).status).toBe(404)
  })

  it('revalidates with the ETag', async () => {
    const first = await both(`/api/public/wechat/disclosures/${ids.plain}/qr.png`)
    const etag = first.headers.get('etag')!
    for (const mount of mounts)
      expect((await mount.fetch(`/api/public/wechat/disclosures/${ids.plain}/qr.png`, { headers: { 'If-None-Match': etag } })).status).toBe(
        304,
      )
  })

  it('sanitizes hostile rich text whatever the converters let through', () => {
    const media = new Map([
      ['1', { url: '/api/media/file/a.png', mimeType: 'image/png', alt: 'x" onerror="alert(1)', width: 10, height: 10 }],
      ['2', { url: 'javascript:alert(1)', mimeType: 'application/pdf', filename: 'evil.pdf' }],
    ])
    const html = articleHtml(
      lexical(
        block('paragraph', [
          text('styled', { style: 'color:red" onmouseover="alert(1)' }),
          link('javascript:alert(1)', '點我'),
          link('JaVaScRiPt:alert(1)', '再點'),
          link('data:text/html,<script>alert(1)</script>', '數據'),
        ]),
        block('paragraph', [link('//evil.example/x', '協議相對')]),
        upload('1'),
        upload('2'),
        upload('3'),
        block('heading', [text('標題')], { tag: 'h2' }),
        { type: 'unknown-node', html: '<script>alert(1)</script>', version: 1 },
      ),
      media as any,
      'https://gk.test',
    )
    expectSafeHtml(html)
    expect(html).toContain('<img src="https://gk.test/api/media/file/a.png" alt="x&quot; onerror=&quot;alert(1)"')
    // Unsafe links keep their text and lose their target; an attachment with an unsafe URL has no link.
    expect(html).toContain('<a>點我</a>')
    expect(html).toContain('<a>evil.pdf</a>')
    expect(html).not.toContain('unknown node')
    expect(html).toContain('<h2>標題</h2>')
  })
})
