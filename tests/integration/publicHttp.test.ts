import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DomUtils, parseDocument } from 'htmlparser2'

import { compressedBodies } from '../../src/plugins/publicApi/compress.js'
import { LEAN_DEFAULT_PORT } from '../../src/plugins/publicApi/nodeServer.js'
import { publicUrlsFromEnv } from '../../src/config/publicApi.js'
import { type Fixture, buildFixture, publishedRecord } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'

const HOSTILE_TITLE = '關於<img src=x onerror=alert(1)>的通知 & "引號"'

/** The raw bytes of a lean-server answer: fetch would decode them. */
const rawGet = (base: string, path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })

const xmlOf = (text: string) => parseDocument(text, { xmlMode: true })
const elements = (text: string, name: string) => DomUtils.getElementsByTagName(name, xmlOf(text).children, true)
type Node = ReturnType<typeof elements>[number]
/** The direct children of `node` named `name`. */
const childrenNamed = (node: Node, name: string) =>
  DomUtils.getChildren(node).filter((child): child is Node => child.type === 'tag' && (child as Node).name === name)

/**
 * HTTP behaviour of the public API on both mounts: compression with per-encoding validators, CORS headers
 * a browser script needs, `If-None-Match: *`, empty sitemaps and feeds, and escaping in feeds.
 */
describe('public API over HTTP', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  let leanBase: string

  beforeAll(async () => {
    app = await bootApp('public_http')
    fx = await buildFixture(app.payload)
    const lean = await leanMount(app.payload)
    mounts = [await nextMount(), lean]
    leanBase = lean.base!
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  const each = (path: string, init?: RequestInit) =>
    Promise.all(mounts.map(async (mount) => ({ mount: mount.name, response: await mount.fetch(path, init) })))

  describe('with nothing public yet', () => {
    it('has no sitemap file for a collection with nothing public (404, not an empty urlset)', async () => {
      for (const { mount, response } of await each('/sitemaps/disclosures-1.xml')) {
        expect([mount, response.status, response.body.errors?.[0]?.message]).toEqual([mount, 404, expect.stringMatching(/Not Found/)])
      }
    })

    it('keeps an empty Atom feed valid: id, title, updated and an author are present', async () => {
      for (const { mount, response } of await each('/api/public/feeds/atom')) {
        expect([mount, response.status]).toEqual([mount, 200])
        const [feed] = elements(response.text, 'feed')
        const children = DomUtils.getChildren(feed)
          .map((child) => (child as Node).name)
          .filter(Boolean)
        expect(children).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'author']))
        expect(DomUtils.textContent(DomUtils.getElementsByTagName('name', [feed], true)[0]).trim()).not.toBe('')
        expect(elements(response.text, 'entry')).toHaveLength(0)
      }
    })
  })

  describe('with public records', () => {
    const ids: Record<string, number | string> = {}

    beforeAll(async () => {
      const p = app.payload
      await p.update({ collection: 'departments', id: fx.deptA.id, data: { shortName: '財政局' } as any })
      ids.hostile = (await publishedRecord(p, fx, { title: HOSTILE_TITLE, summary: '<script>alert(2)</script>' })).id
      for (let i = 0; i < 12; i++)
        await publishedRecord(p, fx, {
          title: `第${i}份關於預算執行情況和其他財政收支情況的報告`,
          summary: '市級財政預算執行情況良好。'.repeat(4),
        })
      ids.long = (
        await publishedRecord(p, fx, { title: '關於印發青島市二〇一四年政府信息公開工作要點和重點任務分工方案及考核辦法的通知（全文）' })
      ).id
      ids.short = (
        await publishedRecord(p, fx, {
          title: '關於印發青島市二〇一四年政府信息公開工作要點和重點任務分工方案及考核辦法的通知',
          shortTitle: '2014年政務公開工作要點',
        })
      ).id
    })

    it('compresses bodies over 1 KB with br or gzip when accepted, with Vary and an ETag per encoding', async () => {
      const path = '/api/public/disclosures?limit=20'
      const [{ response: plain }] = await each(path)
      expect(plain.headers.get('content-encoding')).toBeNull()
      expect(plain.headers.get('vary')).toBe('Accept-Encoding')
      const identity = plain.headers.get('etag')!
      expect(plain.bytes.length).toBeGreaterThan(1024)
      for (const [accept, encoding, decode] of [
        ['gzip, deflate', 'gzip', gunzipSync],
        ['gzip, deflate, br', 'br', brotliDecompressSync],
      ] as const) {
        const next = await mounts[0].fetch(path, { headers: { 'Accept-Encoding': accept } })
        const lean = await rawGet(leanBase, path, { 'accept-encoding': accept })
        for (const [name, status, headers, bytes] of [
          ['next', next.status, Object.fromEntries(next.headers), next.bytes],
          ['lean', lean.status, lean.headers, lean.bytes],
        ] as const) {
          expect([name, status, headers['content-encoding'], headers.vary, headers.etag]).toEqual([
            name,
            200,
            encoding,
            'Accept-Encoding',
            `${identity.slice(0, -1)}-${encoding}"`,
          ])
          expect(decode(bytes).toString('utf8')).toBe(plain.text)
          expect(bytes.length).toBeLessThan(plain.bytes.length / 2)
        }
        // The validator of either encoding revalidates the same content.
        for (const tag of [identity, `${identity.slice(0, -1)}-${encoding}"`]) {
          const again = await rawGet(leanBase, path, { 'accept-encoding': accept, 'if-none-match': tag })
          expect([again.status, again.headers.etag, again.bytes.length]).toEqual([304, `${identity.slice(0, -1)}-${encoding}"`, 0])
        }
      }
      const small = await each('/api/public/disclosures/count', { headers: { 'Accept-Encoding': 'gzip' } })
      for (const { mount, response } of small)
        expect([mount, response.headers.get('content-encoding'), response.headers.get('vary')]).toEqual([mount, null, null])
    })

    it('keeps compressed bodies by ETag instead of compressing each hit again', async () => {
      const bodies = compressedBodies()
      const body = JSON.stringify({ text: '政府信息公開'.repeat(500) })
      const first = await bodies.get('"a"', 'gzip', body)
      expect(await bodies.get('"a"', 'gzip', body)).toBe(first)
      expect(await bodies.get('"a"', 'br', body)).not.toBe(first)
      expect(gunzipSync(first).toString('utf8')).toBe(body)
    })

    it('lets browser scripts read ETag, X-Cache and Retry-After, and answers If-None-Match: * with 304', async () => {
      for (const { mount, response } of await each('/api/public/departments')) {
        expect([mount, response.headers.get('access-control-expose-headers')]).toEqual([mount, 'ETag, X-Cache, Retry-After'])
      }
      for (const { mount, response } of await each('/api/public/departments', { headers: { 'If-None-Match': '*' } })) {
        expect([mount, response.status, response.text]).toEqual([mount, 304, ''])
      }
    })

    it('escapes a title in the Atom <title type="html"> and the RSS title: parsed, it is the literal title and no <img> appears', async () => {
      for (const format of ['atom', 'rss']) {
        for (const { mount, response } of await each(`/api/public/feeds/${format}`)) {
          const htmlTitles = elements(response.text, format === 'atom' ? 'entry' : 'item').map((item) =>
            DomUtils.textContent(childrenNamed(item, 'title')[0]),
          )
          const hostile = htmlTitles.map((html) => DomUtils.textContent(parseDocument(html))).find((text) => text.includes('onerror'))
          expect([mount, format, hostile]).toEqual([mount, format, HOSTILE_TITLE])
          // Every text that readers render as HTML: titles, summaries, contents, descriptions.
          const rendered = ['title', 'summary', 'content', 'description', 'content:encoded'].flatMap((name) =>
            elements(response.text, name).map((node) => DomUtils.textContent(node)),
          )
          const injected = rendered.flatMap((html) =>
            DomUtils.getElementsByTagName('img', parseDocument(html).children, true).concat(
              DomUtils.getElementsByTagName('script', parseDocument(html).children, true),
            ),
          )
          expect([mount, format, injected.length]).toEqual([mount, format, 0])
        }
      }
    })

    it('names the issuer in dc:creator in RSS (author must be an e-mail address) and as the author in Atom', async () => {
      for (const { mount, response } of await each(`/api/public/feeds/rss?limit=5`)) {
        const [item] = elements(response.text, 'item')
        const creator = childrenNamed(item, 'dc:creator')
        expect([mount, creator.map((node) => DomUtils.textContent(node))]).toEqual([mount, ['市財政局']])
        expect(childrenNamed(item, 'author')).toHaveLength(0)
        expect(response.text).toMatch(/xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/)
      }
      for (const { mount, response } of await each(`/api/public/feeds/atom?limit=5`)) {
        const [entry] = elements(response.text, 'entry')
        expect([mount, DomUtils.textContent(DomUtils.getElementsByTagName('name', [entry], true)[0])]).toEqual([mount, '市財政局'])
      }
    })

    it("fits WeChat's draft API: title at most 32 characters (the short title, else cut with …), author the department's short name", async () => {
      const [long, short] = await Promise.all([
        mounts[1].fetch(`/api/public/wechat/disclosures/${ids.long}`),
        mounts[1].fetch(`/api/public/wechat/disclosures/${ids.short}`),
      ])
      expect([...long.body.title]).toHaveLength(32)
      expect(long.body.title).toBe(
        `${[...'關於印發青島市二〇一四年政府信息公開工作要點和重點任務分工方案及考核辦法的通知（全文）'].slice(0, 31).join('')}…`,
      )
      expect(short.body.title).toBe('2014年政務公開工作要點')
      expect(long.body.author).toBe('財政局')
      await app.payload.update({
        collection: 'departments',
        id: fx.deptA.id,
        data: { shortName: '青島市人民政府辦公廳政務公開辦公室信息科' } as any,
      })
      const renamed = await mounts[1].fetch(`/api/public/wechat/disclosures/${ids.long}?_=renamed`)
      expect(renamed.body.author).toBe(`${[...'青島市人民政府辦公廳政務公開辦公室信息科'].slice(0, 15).join('')}…`)
    })

    it('refuses to publish a short title longer than the draft API takes (drafts are not validated)', async () => {
      await expect(publishedRecord(app.payload, fx, { shortTitle: '短'.repeat(33) })).rejects.toMatchObject({
        status: 400,
        data: { errors: [expect.objectContaining({ path: 'shortTitle' })] },
      })
    })
  })

  it('builds absolute URLs on the port the server listens on when no public URL is set', () => {
    expect(publicUrlsFromEnv('', {}, LEAN_DEFAULT_PORT).origin).toBe('http://localhost:3100')
    expect(publicUrlsFromEnv('', { PORT: '8080' }).origin).toBe('http://localhost:8080')
    expect(publicUrlsFromEnv('', {}).origin).toBe('http://localhost:3000')
    expect(publicUrlsFromEnv('https://cms.gov.cn', { PORT: '8080' }).origin).toBe('https://cms.gov.cn')
  })
})
