import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'

import { type Fixture, as, buildFixture, publishedInterpretation, publishedRecord, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, type MountResponse, leanMount, nextMount } from '../helpers/publicMounts.js'

const RECORD_URL = /^https:\/\/www\.gk\.test\/(disclosures|interpretations)\/(\w+)$/

/** Record ids of a feed, parsed back by a feed parser (RSS, Atom or JSON Feed). */
const feedIds = (format: string, response: MountResponse): string[] => {
  const parsed = format === 'json' ? extractFromJson(JSON.parse(response.text)) : extractFromXml(response.text)
  return (parsed.entries ?? []).map((entry: any) => {
    const match = RECORD_URL.exec(entry.link)
    expect(match?.[1]).toBe('disclosures')
    return match![2]
  })
}

describe('feeds and sitemap', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}

  beforeAll(async () => {
    process.env.PUBLIC_BASE_URL = 'https://gk.test'
    process.env.PUBLIC_RECORD_URL = 'https://www.gk.test/{collection}/{id}'
    app = await bootApp('feeds')
    fx = await buildFixture(app.payload)
    const p = app.payload
    ids.child = (
      await p.create({ collection: 'catalogue-entries', data: { title: '財政預決算', code: '04-02', parent: fx.catalogue.id } as any })
    ).id
    ids.other = (await p.create({ collection: 'catalogue-entries', data: { title: '人事信息', code: '09' } as any })).id
    ids.a1 = (await publishedRecord(p, fx, { title: '第一份公開文件', summary: '概述一' })).id
    ids.a2 = (await publishedRecord(p, fx, { title: '第二份公開文件 <b>&</b>', catalogue: [ids.child] })).id
    const b = await as(p, fx.editorB).create(
      'disclosures',
      recordData(fx, { title: '乙部門的公開文件', department: fx.deptB.id, catalogue: [ids.other] }),
    )
    await as(p, fx.reviewerB).pass('disclosures', b.id)
    ids.b1 = (await as(p, fx.editorB).publish('disclosures', b.id)).id
    ids.draft = (await as(p, fx.editorA).create('disclosures', recordData(fx, { title: '草稿' }))).id
    ids.onRequest = (
      await as(p, fx.editorA).create(
        'disclosures',
        recordData(fx, { title: '依申請', disclosure: { attribute: 'on_request', reason: '涉及特定對象' } }),
      )
    ).id
    ids.interpretation = (await publishedInterpretation(p, fx, [ids.a1], { title: '第一份文件的解讀' })).id
    mounts = [await nextMount(), await leanMount(p)]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  const both = async (path: string) => {
    const [next, lean] = await Promise.all(mounts.map((mount) => mount.fetch(path)))
    expect({ path, status: lean.status, text: lean.text, type: lean.headers.get('content-type') }).toEqual({
      path,
      status: next.status,
      text: next.text,
      type: next.headers.get('content-type'),
    })
    return next
  }

  const FORMATS = [
    ['rss', 'application/rss+xml; charset=utf-8'],
    ['atom', 'application/atom+xml; charset=utf-8'],
    ['json', 'application/feed+json; charset=utf-8'],
  ] as const

  it('each format parses back and lists the public records only, newest first', async () => {
    for (const [format, type] of FORMATS) {
      const response = await both(`/api/public/feeds/${format}`)
      expect([format, response.status, response.headers.get('content-type')]).toEqual([format, 200, type])
      expect(feedIds(format, response)).toEqual([ids.b1, ids.a2, ids.a1].map(String))
    }
    const rss = extractFromXml((await both('/api/public/feeds/rss')).text) as any
    expect(rss.title).toBe('政府信息公開')
    const second = rss.entries.find((entry: any) => entry.link.endsWith(`/${ids.a2}`))
    expect(second.title).toBe('第二份公開文件 <b>&</b>')
  })

  it('per department and per catalogue entry (with its descendants)', async () => {
    for (const [format] of FORMATS) {
      expect(feedIds(format, await both(`/api/public/feeds/${format}?department=${fx.deptA.id}`))).toEqual([ids.a2, ids.a1].map(String))
      expect(feedIds(format, await both(`/api/public/feeds/${format}?department=${fx.deptB.id}`))).toEqual([String(ids.b1)])
      expect(feedIds(format, await both(`/api/public/feeds/${format}?catalogue=${fx.catalogue.id}`))).toEqual([ids.a2, ids.a1].map(String))
      expect(feedIds(format, await both(`/api/public/feeds/${format}?catalogue=${ids.child}`))).toEqual([String(ids.a2)])
      expect(feedIds(format, await both(`/api/public/feeds/${format}?catalogue=${ids.other}`))).toEqual([String(ids.b1)])
    }
    const atom = extractFromXml((await both(`/api/public/feeds/atom?department=${fx.deptB.id}`)).text) as any
    expect(atom.title).toContain('市教育局')
  })

  it('a withdrawn record leaves every feed at once', async () => {
    const record = await publishedRecord(app.payload, fx, { title: '即將撤回' })
    for (const mount of mounts) expect((await mount.fetch('/api/public/feeds/rss')).text).toContain(`/disclosures/${record.id}<`)
    await as(app.payload, fx.editorA).update('disclosures', record.id, { _status: 'draft' })
    for (const [format] of FORMATS) expect(feedIds(format, await both(`/api/public/feeds/${format}`))).not.toContain(String(record.id))
  })

  it('refuses unknown parameters, both scopes at once, and entries that do not exist', async () => {
    expect((await both('/api/public/feeds/rss?where[title][equals]=x')).status).toBe(400)
    expect((await both(`/api/public/feeds/rss?department=${fx.deptA.id}&catalogue=${fx.catalogue.id}`)).status).toBe(400)
    expect((await both('/api/public/feeds/rss?limit=101')).status).toBe(400)
    expect((await both('/api/public/feeds/rss?catalogue=999999')).status).toBe(404)
    expect((await both('/api/public/feeds/xml')).status).toBe(404)
  })

  it('the sitemap lists exactly the public records and interpretations', async () => {
    const index = await both('/sitemap.xml')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const files = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)
    expect(files).toEqual(['https://gk.test/sitemaps/disclosures-1.xml', 'https://gk.test/sitemaps/interpretations-1.xml'])
    const listed: string[] = []
    for (const file of files) {
      const page = await both(new URL(file).pathname)
      expect(page.status).toBe(200)
      expect(page.text).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
      )
      for (const [, loc, lastmod] of page.text.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)) {
        expect(Number.isNaN(Date.parse(lastmod))).toBe(false)
        const [, collection, id] = RECORD_URL.exec(loc)!
        listed.push(`${collection}:${id}`)
      }
    }
    expect(listed.sort()).toEqual(
      [`disclosures:${ids.a1}`, `disclosures:${ids.a2}`, `disclosures:${ids.b1}`, `interpretations:${ids.interpretation}`].sort(),
    )
    expect((await both('/sitemaps/disclosures-2.xml')).status).toBe(404)
    expect((await both('/sitemaps/users-1.xml')).status).toBe(404)
  })
})
