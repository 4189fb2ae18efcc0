import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { MemorySearchIndex } from '../../src/plugins/search/memoryIndex.js'
import { queryTerms } from '../../src/lib/search/normalize.js'
import { type Fixture, as, buildFixture, publishedInterpretation, publishedRecord, recordData, richText } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, type MountResponse, leanMount, nextMount } from '../helpers/publicMounts.js'

/**
 * Chinese search on both mounts: Simplified and Traditional find each other, two-character terms work,
 * title matches rank above body matches, and nothing that is not public is ever found, not even in the
 * moment after it stops being public.
 */
describe('search', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}

  beforeAll(async () => {
    process.env.PUBLIC_SEARCH_RATE_LIMIT = '0'
    app = await bootApp('search')
    fx = await buildFixture(app.payload)
    const p = app.payload
    ids.child = (
      await p.create({ collection: 'catalogue-entries', data: { title: '政務動態', code: '05-01', parent: fx.catalogue.id } as any })
    ).id
    ids.other = (await p.create({ collection: 'catalogue-entries', data: { title: '人事信息', code: '09' } as any })).id
    // Published in this order, so later ones are newer.
    ids.titleMatch = (
      await publishedRecord(p, fx, {
        title: '關於加強政務公開工作的通知',
        catalogue: [ids.child],
        body: richText('各區市人民政府：現將有關事項通知如下。'),
      })
    ).id
    ids.bodyOld = (
      await publishedRecord(p, fx, { title: '關於推進數據開放的意見', body: richText('堅持以政務公開為抓手，推動公共數據開放。') })
    ).id
    const deptB = await as(p, fx.editorB).create(
      'disclosures',
      recordData(fx, {
        title: '市級財政預算報告',
        department: fx.deptB.id,
        catalogue: [ids.other],
        body: richText('本報告按照政务公开要求编制，包括财政预算执行情况。'),
      }),
    )
    await as(p, fx.reviewerB).pass('disclosures', deptB.id)
    ids.bodyNew = (await as(p, fx.editorB).publish('disclosures', deptB.id)).id
    ids.draft = (await as(p, fx.editorA).create('disclosures', recordData(fx, { title: '政務公開草稿（未發布）' }))).id
    ids.onRequest = (
      await as(p, fx.editorA).create(
        'disclosures',
        recordData(fx, { title: '政務公開依申請公開件', disclosure: { attribute: 'on_request', reason: '涉及特定對象' } }),
      )
    ).id
    ids.interpretation = (
      await publishedInterpretation(p, fx, [ids.titleMatch], {
        title: '《關於加強政務公開工作的通知》解讀',
        body: richText('一圖讀懂政務公開新要求。'),
      })
    ).id
    mounts = [await nextMount(), await leanMount(p)]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  /** The same search on both mounts; they must agree. */
  const search = async (query: string): Promise<MountResponse> => {
    const [next, lean] = await Promise.all(mounts.map((mount) => mount.fetch(`/api/search?${query}`)))
    expect({ query, status: lean.status, body: lean.body }).toEqual({ query, status: next.status, body: next.body })
    return next
  }
  const hits = (response: MountResponse) => response.body.docs.map((doc: any) => `${doc.type}:${doc.id}`)
  const d = (id: unknown) => `disclosures:${id}`

  it('folds Traditional to Simplified, full width and case in queries', () => {
    expect(queryTerms('政務 公開，ＧＤＰ')).toEqual(['政务', '公开', 'gdp'])
  })

  it('a Simplified query finds Traditional text and the reverse, title matches first, newest first within each', async () => {
    const simplified = await search(`q=${encodeURIComponent('政务公开')}&type=disclosures`)
    expect(simplified.status).toBe(200)
    // The title match is the oldest record, yet it comes first; the body matches follow newest first.
    expect(hits(simplified)).toEqual([d(ids.titleMatch), d(ids.bodyNew), d(ids.bodyOld)])
    expect(simplified.body.docs.map((doc: any) => doc.matchedIn)).toEqual(['title', 'body', 'body'])
    expect(simplified.body.totalDocs).toBe(3)
    const traditional = await search(`q=${encodeURIComponent('政務公開')}&type=disclosures`)
    expect(hits(traditional)).toEqual(hits(simplified))
    // A Traditional query finds text written in Simplified (the department B report).
    expect(hits(traditional)).toContain(d(ids.bodyNew))
  })

  it('a two-character query finds exactly the records holding it', async () => {
    const open = await search(`q=${encodeURIComponent('开放')}`)
    expect(hits(open)).toEqual([d(ids.bodyOld)])
    const budget = await search(`q=${encodeURIComponent('預算')}`)
    expect(hits(budget)).toEqual([d(ids.bodyNew)])
    expect(budget.body.docs[0].matchedIn).toBe('title')
  })

  it('highlights matches in the title and the snippet, escaped as HTML', async () => {
    const found = await search(`q=${encodeURIComponent('政务公开')}&type=disclosures`)
    const [title, body] = found.body.docs
    expect(title.titleHighlighted).toBe('關於加強<mark>政務公開</mark>工作的通知')
    expect(body.snippet).toContain('<mark>政务公开</mark>')
    expect(body.department).toEqual({ id: fx.deptB.id, name: expect.any(String) })
    expect(body.href).toBe(`/api/public/disclosures/${ids.bodyNew}`)
  })

  it('finds interpretations, and filters by type, department, catalogue (with descendants) and year', async () => {
    const all = await search(`q=${encodeURIComponent('政務公開')}`)
    expect(hits(all)).toEqual([`interpretations:${ids.interpretation}`, d(ids.titleMatch), d(ids.bodyNew), d(ids.bodyOld)])
    expect(hits(await search(`q=${encodeURIComponent('政務公開')}&type=interpretations`))).toEqual([
      `interpretations:${ids.interpretation}`,
    ])
    expect(hits(await search(`q=${encodeURIComponent('政務公開')}&department=${fx.deptB.id}`))).toEqual([d(ids.bodyNew)])
    // The parent entry takes in its child, where the title match is filed.
    expect(hits(await search(`q=${encodeURIComponent('政務公開')}&catalogue=${fx.catalogue.id}`))).toEqual([
      d(ids.titleMatch),
      d(ids.bodyOld),
    ])
    expect(hits(await search(`q=${encodeURIComponent('政務公開')}&catalogue=${ids.other}`))).toEqual([d(ids.bodyNew)])
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
    expect((await search(`q=${encodeURIComponent('政務公開')}&year=${year}`)).body.totalDocs).toBe(4)
    expect((await search(`q=${encodeURIComponent('政務公開')}&year=2014`)).body.totalDocs).toBe(0)
    const paged = await search(`q=${encodeURIComponent('政務公開')}&limit=1&page=2`)
    expect(paged.body).toMatchObject({ totalDocs: 4, totalPages: 4, page: 2, hasNextPage: true, hasPrevPage: true })
    expect(hits(paged)).toEqual([d(ids.titleMatch)])
  })

  it('never indexes or finds a draft or a record not disclosed proactively', async () => {
    const found = await search(`q=${encodeURIComponent('政務公開')}`)
    expect(hits(found)).not.toContain(d(ids.draft))
    expect(hits(found)).not.toContain(d(ids.onRequest))
    const rows = await app.payload.find({
      collection: 'search-index' as any,
      where: { recordId: { in: [ids.draft, ids.onRequest] } },
      pagination: false,
    })
    expect(rows.docs).toEqual([])
  })

  it('an unpublished record is gone from the very next search, on both mounts and in another process’s index', async () => {
    const p = app.payload
    const withdrawn = await publishedRecord(p, fx, { title: '政務公開即將撤回的文件' })
    const other = new MemorySearchIndex(p)
    await other.refresh()
    const before = await search(`q=${encodeURIComponent('即将撤回')}`)
    expect(hits(before)).toEqual([d(withdrawn.id)])
    // Warm: the next identical search is a cache hit.
    expect((await mounts[1].fetch(`/api/search?q=${encodeURIComponent('即将撤回')}`)).headers.get('x-cache')).toBe('HIT')
    expect(other.search(queryTerms('即将撤回'), {}).hits.map((hit) => hit.doc.id)).toEqual([String(withdrawn.id)])

    await as(p, fx.editorA).update('disclosures', withdrawn.id, { _status: 'draft' })
    const after = await search(`q=${encodeURIComponent('即将撤回')}`)
    expect(after.body.totalDocs).toBe(0)
    expect(hits(after)).toEqual([])
    // Another process learns it from the index rows: a tombstone, with no text left.
    await other.refresh()
    expect(other.search(queryTerms('即将撤回'), {}).hits).toEqual([])
    const row = await p.find({ collection: 'search-index' as any, where: { key: { equals: `disclosures:${withdrawn.id}` } } })
    expect(row.docs[0]).toMatchObject({ removed: true, title: '', text: '' })
  })

  it('a record unpublished while it has a newer draft is gone from search, lists and the cached answers', async () => {
    const p = app.payload
    const record = await publishedRecord(p, fx, { title: '帶草稿撤回的文件' })
    const list = '/api/public/disclosures?limit=100&select=title'
    for (const mount of mounts) {
      expect((await mount.fetch(`/api/search?q=${encodeURIComponent('带草稿撤回')}`)).body.totalDocs).toBe(1)
      expect((await mount.fetch(list)).body.docs.map((doc: any) => doc.id)).toContain(record.id)
    }
    // Payload hands hooks the newest version as previousDoc: after this draft edit, a draft.
    await as(p, fx.editorA).update('disclosures', record.id, { title: '帶草稿撤回的文件（修改稿）' }, true)
    await as(p, fx.editorA).update('disclosures', record.id, { _status: 'draft' })
    for (const mount of mounts) {
      const found = await mount.fetch(`/api/search?q=${encodeURIComponent('带草稿撤回')}`)
      expect([found.body.totalDocs, found.body.titleMatches, found.body.docs]).toEqual([0, 0, []])
      expect((await mount.fetch(list)).body.docs.map((doc: any) => doc.id)).not.toContain(record.id)
    }
    const row = await p.find({ collection: 'search-index' as any, where: { key: { equals: `disclosures:${record.id}` } } })
    expect(row.docs[0]).toMatchObject({ removed: true, text: '' })
  })

  it('an interpretation is no longer found once its only policy is unpublished', async () => {
    const p = app.payload
    const policy = await publishedRecord(p, fx, { title: '臨時管控措施的公告' })
    const interpretation = await publishedInterpretation(p, fx, [policy.id], {
      title: '臨時管控措施問答',
      form: 'qa',
      body: richText('問答'),
    })
    expect(hits(await search(`q=${encodeURIComponent('临时管控')}`))).toEqual([`interpretations:${interpretation.id}`, d(policy.id)])
    await as(p, fx.editorA).update('disclosures', policy.id, { _status: 'draft' })
    expect(hits(await search(`q=${encodeURIComponent('临时管控')}`))).toEqual([])
  })

  it('an edit of a published record is found by its new words only once published', async () => {
    const p = app.payload
    const record = await publishedRecord(p, fx, { title: '舊標題甲乙丙' })
    // A draft of new content changes nothing the public sees.
    await as(p, fx.editorA).update('disclosures', record.id, { title: '新標題丁戊己' }, true)
    expect(hits(await search(`q=${encodeURIComponent('丁戊己')}`))).toEqual([])
    expect(hits(await search(`q=${encodeURIComponent('甲乙丙')}`))).toEqual([d(record.id)])
    await as(p, fx.reviewerA).pass('disclosures', record.id)
    await as(p, fx.editorA).publish('disclosures', record.id)
    expect(hits(await search(`q=${encodeURIComponent('丁戊己')}`))).toEqual([d(record.id)])
    expect(hits(await search(`q=${encodeURIComponent('甲乙丙')}`))).toEqual([])
  })

  it('refuses what it cannot answer, naming the parameter', async () => {
    for (const [query, param] of [
      ['', 'q'],
      [`q=${encodeURIComponent('政')}`, 'q'],
      [`q=${'長'.repeat(65)}`, 'q'],
      ['q=ab&limit=51', 'limit'],
      ['q=ab&type=users', 'type'],
      ['q=ab&where[title][equals]=x', 'where[title][equals]'],
      ['q=ab&year=13', 'year'],
    ]) {
      const response = await search(query)
      expect([query, response.status, response.body.errors?.[0]?.param]).toEqual([query, 400, param])
    }
  })

  it('limits searches per client, by the trusted proxy’s address when one is configured', async () => {
    const limited = await leanMount(app.payload, { searchRateLimit: { limit: 3, windowMs: 60_000 }, trustProxy: 1 })
    try {
      const from = (address: string) =>
        limited.fetch(`/api/search?q=${encodeURIComponent('政務公開')}`, { headers: { 'X-Forwarded-For': `203.0.113.9, ${address}` } })
      for (let i = 0; i < 3; i++) expect((await from('198.51.100.1')).status).toBe(200)
      const refused = await from('198.51.100.1')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.body.errors[0].message).toMatch(/too many/)
      // Another client, as the proxy reports it, is not affected.
      expect((await from('198.51.100.2')).status).toBe(200)
    } finally {
      await limited.close()
    }
  })
})
