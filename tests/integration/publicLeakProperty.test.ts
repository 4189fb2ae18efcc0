import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { type Fixture, as, buildFixture, recordData, richText } from '../helpers/fixture.js'
import { pdfFile, pngFile } from '../helpers/files.js'
import { NON_CONTRACT_KEYS, internalKeysIn, xmlElementNames } from '../helpers/leaks.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, type MountResponse, leanMount, nextMount, postJson } from '../helpers/publicMounts.js'
import { lexicalText } from '../../src/lib/search/text.js'

/**
 * DESIGN §4.5 as a property: whatever editors and reviewers of two departments do, in any order, the
 * records reachable anonymously through every public surface of both mounts are exactly those that are
 * published, proactive and passed review (an interpretation also needs a public policy), and no
 * internal field or withheld text appears in any response. The surfaces are the REST list, count and
 * detail, GraphQL, media files, search, the RSS/Atom/JSON feeds (overall, per catalogue entry with its
 * descendants, per department), the sitemap, and the WeChat article with its QR codes and images.
 */

// Text that only ever goes into reasons and review opinions: it must never appear in a public response.
const MARK = 'INTERNAL-ONLY-7f3a'
// In the title of every record and interpretation the test creates (屬性測試記錄 n, 屬性測試解讀 n, and the edits'), so one search must find all public ones.
const TERM = '屬性測試'
// Set before the app boots: record URLs in feeds and sitemaps are built from these, and map back to ids.
const BASE_URL = 'https://gk.test'
const RECORD_URL = 'https://www.gk.test/{collection}/{id}'
const RECORD_URL_PATTERN = /^https:\/\/www\.gk\.test\/(disclosures|interpretations)\/([^/?#]+)$/
/** `collection:id` of a record URL, or the URL itself marked as unexpected. */
const recordKeyOf = (url: unknown) => {
  const match = RECORD_URL_PATTERN.exec(String(url))
  return match ? `${match[1]}:${decodeURIComponent(match[2])}` : `unexpected URL: ${String(url)}`
}
const pathOf = (url: string) => new URL(url, 'http://localhost').pathname

type Step =
  | {
      kind: 'create'
      dept: 'A' | 'B'
      by: number
      attribute: 'proactive' | 'on_request' | 'not_disclosed'
      attach: boolean
      catalogue?: 'root' | 'child'
    }
  | { kind: 'edit'; target: number; by: number; draft: boolean }
  | { kind: 'classify'; target: number; by: number; attribute: 'proactive' | 'on_request' | 'not_disclosed' }
  | { kind: 'review'; target: number; by: number; verdict: 'passed' | 'rejected' }
  | { kind: 'publish' | 'unpublish' | 'delete' | 'interpret'; target: number; by: number }
  | { kind: 'schedule'; target: number; by: number; type: 'publish' | 'unpublish' }

const attribute = fc.constantFrom('proactive' as const, 'proactive' as const, 'on_request' as const, 'not_disclosed' as const)
// -1 is the record touched last, so that workflows get somewhere; otherwise any record so far.
const target = fc.oneof({ weight: 2, arbitrary: fc.constant(-1) }, { weight: 3, arbitrary: fc.nat(40) })
const by = fc.nat(10)

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      dept: fc.constantFrom('A' as const, 'B' as const),
      by,
      attribute,
      attach: fc.boolean(),
      catalogue: fc.constantFrom('root' as const, 'child' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), target, by, draft: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('classify' as const), target, by, attribute }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      target,
      by,
      verdict: fc.constantFrom('passed' as const, 'passed' as const, 'rejected' as const),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('publish' as const), target, by }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unpublish' as const), target, by }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('schedule' as const),
      target,
      by,
      type: fc.constantFrom('publish' as const, 'unpublish' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), target, by }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('interpret' as const), target, by }) },
)

// editors: 0 editorA, 1 editor2A, 2 editorB, 3 office; reviewers: 0 reviewerA, 1 reviewerB, 2 admin.
// The first record is filed under the child catalogue entry: the root entry's feed must still carry it.
const WALKTHROUGH: Step[] = [
  { kind: 'create', dept: 'A', by: 0, attribute: 'proactive', attach: true, catalogue: 'child' },
  { kind: 'publish', target: -1, by: 0 },
  { kind: 'review', target: -1, by: 0, verdict: 'passed' },
  { kind: 'publish', target: -1, by: 0 },
  { kind: 'interpret', target: -1, by: 1 },
  { kind: 'review', target: -1, by: 0, verdict: 'passed' },
  { kind: 'publish', target: -1, by: 1 },
  { kind: 'edit', target: 0, by: 1, draft: true },
  { kind: 'create', dept: 'B', by: 2, attribute: 'not_disclosed', attach: true },
  { kind: 'review', target: -1, by: 1, verdict: 'passed' },
  { kind: 'publish', target: -1, by: 2 },
  { kind: 'delete', target: -1, by: 2 },
  { kind: 'unpublish', target: 0, by: 0 },
  { kind: 'review', target: 0, by: 0, verdict: 'passed' },
  { kind: 'schedule', target: 0, by: 0, type: 'publish' },
  { kind: 'classify', target: 0, by: 0, attribute: 'on_request' },
  { kind: 'schedule', target: 0, by: 0, type: 'unpublish' },
]

const classification = (value: 'proactive' | 'on_request' | 'not_disclosed') =>
  value === 'proactive'
    ? { attribute: value }
    : value === 'on_request'
      ? { attribute: value, reason: `涉及特定對象 ${MARK}` }
      : { attribute: value, reason: `內部事務 ${MARK}`, grounds: ['internal_affairs'] }

type Tracked = { slug: 'disclosures' | 'interpretations'; id: number | string }

/** What the public may see of one record: its published version. */
type PublicDoc = { title: string; text: string; department: string; catalogue: string[]; cover: string | null; attachments: string[] }

const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
/**
 * The entries of a feed, read by a real feed reader. feed-extractor checks that XML is well-formed, then
 * takes a document for Atom only when it has an `<entry>`: an Atom feed without entries (valid, RFC 4287)
 * is "Unrecognized", and is taken as empty here once it is known to be well-formed Atom.
 */
const parseFeed = (format: string, text: string) => {
  if (format === 'json') return extractFromJson(text, { descriptionMaxLen: 0 }).entries ?? []
  try {
    return extractFromXml(text, { descriptionMaxLen: 0 }).entries ?? []
  } catch (err) {
    const emptyAtom =
      format === 'atom' && !/<entry[\s>]/.test(text) && /^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/.test(text)
    if (emptyAtom && (err as Error).message === 'Unrecognized feed format') return []
    throw err
  }
}
const DERIVED_TYPES = {
  'qr.png': 'image/png',
  'qr.svg': 'image/svg+xml; charset=utf-8',
  'cover.jpg': 'image/jpeg',
  'thumb.jpg': 'image/jpeg',
} as const

describe('nothing private reaches the public API (property)', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const tracked: Tracked[] = []
  const mediaFiles: { id: number | string; url: string }[] = []
  let counter = 0
  /** The fixture's catalogue entry and a child of it, and each one's descendants (itself included). */
  let catalogues: { root: string; child: string }
  let descendants: Map<string, Set<string>>
  const ENV = ['PUBLIC_SEARCH_RATE_LIMIT', 'PUBLIC_BASE_URL', 'PUBLIC_RECORD_URL'] as const
  const savedEnv = Object.fromEntries(ENV.map((name) => [name, process.env[name]]))

  beforeAll(async () => {
    // Before the app boots and the mounts are made: both read these when their public API is created.
    process.env.PUBLIC_SEARCH_RATE_LIMIT = '0'
    process.env.PUBLIC_BASE_URL = BASE_URL
    process.env.PUBLIC_RECORD_URL = RECORD_URL
    app = await bootApp('public_leak_property')
    fx = await buildFixture(app.payload)
    const child = await app.payload.create({
      collection: 'catalogue-entries',
      data: { title: '部門預算', code: '04-01', parent: fx.catalogue.id } as any,
    })
    catalogues = { root: String(fx.catalogue.id), child: String(child.id) }
    descendants = new Map([
      [catalogues.root, new Set([catalogues.root, catalogues.child])],
      [catalogues.child, new Set([catalogues.child])],
    ])
    mounts = [await nextMount(), await leanMount(app.payload)]
  })
  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
    for (const name of ENV) {
      if (savedEnv[name] === undefined) delete process.env[name]
      else process.env[name] = savedEnv[name]
    }
  })

  const editors = () => [fx.editorA, fx.editor2A, fx.editorB, fx.office]
  const reviewers = () => [fx.reviewerA, fx.reviewerB, fx.admin]
  const pick = <T>(list: T[], index: number) => (index < 0 ? list[list.length - 1] : list[index % list.length])
  const stats = {
    maxPublicDisclosures: 0,
    maxPublicInterpretations: 0,
    withdrawals: 0,
    publicFiles: 0,
    privateFiles: 0,
    searchDisclosures: 0,
    searchInterpretations: 0,
    childCatalogueInFeed: 0,
  }

  /** Runs one step as its user, with access control on; refusals are part of the game. Returns the record it touched. */
  const apply = async (step: Step): Promise<Tracked | undefined> => {
    const p = app.payload
    if (step.kind === 'create') {
      const editor = pick(editors(), step.by)
      const n = (counter += 1)
      const extra: Record<string, unknown> = {}
      if (step.attach) {
        const attachment = await p
          .create({ collection: 'media', data: {} as any, file: pdfFile(`leak-${n}.pdf`), user: editor.user, overrideAccess: false })
          .catch(() => null)
        const cover = await p
          .create({
            collection: 'media',
            data: { alt: `封面 ${n}` } as any,
            file: await pngFile(`leak-${n}.png`, 40, 30),
            user: editor.user,
            overrideAccess: false,
          })
          .catch(() => null)
        for (const media of [attachment, cover]) if (media) mediaFiles.push({ id: media.id, url: media.url as string })
        if (attachment) extra.attachments = [attachment.id]
        if (cover) extra.cover = cover.id
      }
      const data = recordData(fx, {
        title: `屬性測試記錄 ${n}`,
        department: step.dept === 'A' ? fx.deptA.id : fx.deptB.id,
        catalogue: [step.catalogue === 'child' ? catalogues.child : catalogues.root],
        body: richText(`正文 ${n}`),
        disclosure: classification(step.attribute),
        ...extra,
      })
      const doc = await as(p, editor)
        .create('disclosures', data)
        .catch(() => null)
      if (!doc) return
      const record = { slug: 'disclosures' as const, id: doc.id }
      // SQLite hands a deleted record's id to the next record: track each id once.
      if (!tracked.some((known) => known.slug === record.slug && known.id === record.id)) tracked.push(record)
      return record
    }
    if (!tracked.length) return
    const record = pick(tracked, step.target)
    const editor = pick(editors(), step.by)
    switch (step.kind) {
      case 'edit': {
        // The body changes too, so that the WeChat article can be checked for the published text.
        const n = (counter += 1)
        await as(p, editor)
          .update(record.slug, record.id, { title: `屬性測試記錄（修改 ${n}）`, body: richText(`正文（修改 ${n}）`) }, step.draft)
          .catch(() => null)
        return record
      }
      case 'classify':
        await as(p, editor)
          .update(record.slug, record.id, { disclosure: classification(step.attribute) }, true)
          .catch(() => null)
        return record
      case 'review':
        await p
          .update({
            collection: record.slug,
            id: record.id,
            data: { secrecyReview: { status: step.verdict, opinion: `審查意見 ${MARK}` } } as any,
            draft: true,
            user: pick(reviewers(), step.by).user,
            overrideAccess: false,
          })
          .catch(() => null)
        return record
      case 'publish':
        await as(p, editor)
          .publish(record.slug, record.id)
          .catch(() => null)
        return record
      case 'unpublish':
        await as(p, editor)
          .update(record.slug, record.id, { _status: 'draft' })
          .catch(() => null)
        return record
      case 'schedule':
        await p.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: step.type,
            doc: { relationTo: record.slug, value: String(record.id) },
            user: { relationTo: 'users', value: editor.id },
          } as any,
          waitUntil: new Date(Date.now() - 1000),
        })
        await p.jobs.run()
        return record
      case 'delete':
        await p.delete({ collection: record.slug, id: record.id, user: editor.user, overrideAccess: false }).catch(() => null)
        return record
      case 'interpret': {
        if (record.slug !== 'disclosures') return record
        const doc = await as(p, editor)
          .create('interpretations', {
            title: `屬性測試解讀 ${(counter += 1)}`,
            policies: [record.id],
            department: fx.deptA.id,
            form: 'text',
            body: richText('解讀'),
            disclosure: { attribute: 'proactive' },
          })
          .catch(() => null)
        if (!doc) return record
        const interpretation = { slug: 'interpretations' as const, id: doc.id }
        if (!tracked.some((known) => known.slug === interpretation.slug && known.id === interpretation.id)) tracked.push(interpretation)
        return interpretation
      }
    }
  }

  /** What DESIGN §4.5 allows, computed from the stored documents (not through the access rules). */
  const allowed = async () => {
    const all = async (slug: 'disclosures' | 'interpretations') =>
      (await app.payload.find({ collection: slug, pagination: false, depth: 0, draft: false, overrideAccess: true })).docs as any[]
    const visible = (doc: any) =>
      doc._status === 'published' && doc.disclosure?.attribute === 'proactive' && doc.secrecyReview?.status === 'passed'
    const disclosures = (await all('disclosures')).filter(visible)
    const publicPolicies = new Set(disclosures.map((doc) => String(doc.id)))
    const interpretations = (await all('interpretations')).filter(
      (doc) => visible(doc) && (doc.policies ?? []).some((id: unknown) => publicPolicies.has(String(id))),
    )
    const media = new Set<string>()
    for (const doc of [...disclosures, ...interpretations])
      for (const id of [doc.cover, ...(doc.attachments ?? [])]) if (id) media.add(String(id))
    const titles = new Map<string, string>([
      ...disclosures.map((doc) => [`disclosures:${doc.id}`, doc.title as string] as const),
      ...interpretations.map((doc) => [`interpretations:${doc.id}`, doc.title as string] as const),
    ])
    const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as any).id : value)
    const docs = new Map<string, PublicDoc>(
      [...disclosures.map((doc) => ['disclosures', doc] as const), ...interpretations.map((doc) => ['interpretations', doc] as const)].map(
        ([slug, doc]) => [
          `${slug}:${doc.id}`,
          {
            title: doc.title,
            text: lexicalText(doc.body),
            department: idOf(doc.department),
            catalogue: (doc.catalogue ?? []).map(idOf),
            cover: doc.cover ? idOf(doc.cover) : null,
            attachments: (doc.attachments ?? []).map(idOf),
          },
        ],
      ),
    )
    return {
      titles,
      docs,
      disclosures: [...publicPolicies].sort(),
      interpretations: interpretations.map((doc) => String(doc.id)).sort(),
      media,
    }
  }

  /** The last ETag of each derived image, per mount. */
  const etags = new Map<string, string>()
  const idsOf = (docs: any[]) => docs.map((doc) => String(doc.id)).sort()

  /** Every public surface of one mount against the allowed set; every response scanned for leaks. */
  const check = async (mount: Mount, expected: Awaited<ReturnType<typeof allowed>>, history: Step[], focus: Tracked[]) => {
    const context = `${mount.name} after ${JSON.stringify(history)}`
    const seen: MountResponse[] = []
    const get = async (path: string, init?: RequestInit) => {
      const response = await mount.fetch(path, init)
      seen.push(response)
      return response
    }
    for (const slug of ['disclosures', 'interpretations'] as const) {
      const list = await get(`/api/public/${slug}?limit=100&depth=2`)
      expect([context, slug, idsOf(list.body.docs)]).toEqual([context, slug, expected[slug]])
      // The published text, never a newer draft's.
      for (const doc of list.body.docs)
        expect([context, doc.id, doc.title]).toEqual([context, doc.id, expected.titles.get(`${slug}:${doc.id}`)])
      const count = await get(`/api/public/${slug}/count`)
      expect([context, slug, count.body.totalDocs]).toEqual([context, slug, expected[slug].length])
      for (const record of tracked.filter((item) => item.slug === slug)) {
        const detail = await get(`/api/public/${slug}/${record.id}?depth=2`)
        expect([context, slug, record.id, detail.status]).toEqual([
          context,
          slug,
          record.id,
          expected[slug].includes(String(record.id)) ? 200 : 404,
        ])
        if (detail.status === 200)
          expect([context, record.id, detail.body.title]).toEqual([context, record.id, expected.titles.get(`${slug}:${record.id}`)])
      }
    }
    const graphql = await get(
      '/api/public/graphql',
      postJson({
        query: `{
          Disclosures(limit: 100) { totalDocs docs { id title attachments { id url } cover { id url } } }
          Interpretations(limit: 100) { totalDocs docs { id title policies { id title } } }
        }`,
      }),
    )
    expect([context, graphql.status]).toEqual([context, 200])
    const data = graphql.body.data ?? {}
    expect([context, idsOf(data.Disclosures?.docs ?? [])]).toEqual([context, expected.disclosures])
    for (const doc of data.Disclosures?.docs ?? [])
      expect([context, doc.id, doc.title]).toEqual([context, doc.id, expected.titles.get(`disclosures:${doc.id}`)])
    expect([context, idsOf(data.Interpretations?.docs ?? [])]).toEqual([context, expected.interpretations])
    // Every record ever created by id, as aliases: at most 10 root fields a request (the public endpoint's cap).
    const aliases = tracked.map(
      (record, index) =>
        `${record.slug === 'disclosures' ? 'd' : 'i'}${index}: ${record.slug === 'disclosures' ? 'Disclosure' : 'Interpretation'}(id: ${JSON.stringify(record.id)}) { id title }`,
    )
    const byIdData: Record<string, any> = {}
    for (let start = 0; start < aliases.length; start += 10) {
      const batch = await get('/api/public/graphql', postJson({ query: `{ ${aliases.slice(start, start + 10).join('\n')} }` }))
      expect([context, 'by id', batch.status, batch.body.errors]).toEqual([context, 'by id', 200, undefined])
      Object.assign(byIdData, batch.body.data)
    }
    const byId = tracked
      .map((record, index) => [record, byIdData[`${record.slug === 'disclosures' ? 'd' : 'i'}${index}`]] as const)
      .filter(([, doc]) => doc)
      .map(([record, doc]) => {
        expect([context, record.id, doc.title]).toEqual([context, record.id, expected.titles.get(`${record.slug}:${record.id}`)])
        return `${record.slug}:${record.id}`
      })
      .sort()
    expect([context, byId]).toEqual([
      context,
      [...expected.disclosures.map((id) => `disclosures:${id}`), ...expected.interpretations.map((id) => `interpretations:${id}`)].sort(),
    ])
    for (const file of mediaFiles) {
      const response = await mount.file(file.url)
      await response.arrayBuffer()
      const reachable = response.status === 200
      expect([context, file.url, reachable]).toEqual([context, file.url, expected.media.has(String(file.id))])
    }

    const publicKeys = [
      ...expected.disclosures.map((id) => `disclosures:${id}`),
      ...expected.interpretations.map((id) => `interpretations:${id}`),
    ].sort()
    const keyOf = (record: Tracked) => `${record.slug}:${record.id}`
    const xml: MountResponse[] = []

    // Search: one term in every title, so all public records and interpretations, and nothing else.
    const found: string[] = []
    for (let page = 1; ; page++) {
      const search = await get(`/api/search?q=${encodeURIComponent(TERM)}&limit=50${page > 1 ? `&page=${page}` : ''}`)
      expect([context, 'search', page, search.status]).toEqual([context, 'search', page, 200])
      // The total counts what the index holds: a record no longer public must not count (nor show how many words it shares).
      expect([context, 'search totalDocs', search.body.totalDocs]).toEqual([context, 'search totalDocs', publicKeys.length])
      for (const doc of search.body.docs) {
        found.push(`${doc.type}:${doc.id}`)
        // The published title, found in it, and a link to the record's detail.
        expect([context, 'search', doc.type, doc.id, doc.title, doc.matchedIn, doc.href]).toEqual([
          context,
          'search',
          doc.type,
          doc.id,
          expected.titles.get(`${doc.type}:${doc.id}`),
          'title',
          `/api/public/${doc.type}/${doc.id}`,
        ])
      }
      if (!search.body.hasNextPage || page >= 20) break
    }
    expect([context, 'search', [...found].sort()]).toEqual([context, 'search', publicKeys])
    if (mount === mounts[0]) {
      stats.searchDisclosures = Math.max(stats.searchDisclosures, found.filter((key) => key.startsWith('disclosures:')).length)
      stats.searchInterpretations = Math.max(stats.searchInterpretations, found.filter((key) => key.startsWith('interpretations:')).length)
    }

    // Feeds: only disclosures; overall, per catalogue entry (with its descendants) and per department.
    const scopes: { query: string; ids: string[] }[] = [
      { query: '', ids: expected.disclosures },
      ...[...descendants].map(([entry, under]) => ({
        query: `catalogue=${entry}&`,
        ids: expected.disclosures.filter((id) => expected.docs.get(`disclosures:${id}`)!.catalogue.some((filed) => under.has(filed))),
      })),
      ...[fx.deptA, fx.deptB].map((department) => ({
        query: `department=${department.id}&`,
        ids: expected.disclosures.filter((id) => expected.docs.get(`disclosures:${id}`)!.department === String(department.id)),
      })),
    ]
    for (const [format, contentType] of Object.entries(FEED_TYPES)) {
      for (const scope of scopes) {
        const path = `/api/public/feeds/${format}?${scope.query}limit=100`
        const feed = await get(path)
        if (format !== 'json') xml.push(feed)
        expect([context, path, feed.status, feed.headers.get('content-type')]).toEqual([context, path, 200, contentType])
        const entries = parseFeed(format, feed.text)
        // Each entry's id (guid, atom:id, id) is its record URL, as is its link.
        for (const entry of entries) expect([context, path, entry.id]).toEqual([context, path, entry.link])
        expect([context, path, entries.map((entry) => recordKeyOf(entry.link)).sort()]).toEqual([
          context,
          path,
          scope.ids.map((id) => `disclosures:${id}`).sort(),
        ])
        if (format === 'rss' && scope.query === `catalogue=${catalogues.root}&` && mount === mounts[0]) {
          stats.childCatalogueInFeed = Math.max(
            stats.childCatalogueInFeed,
            scope.ids.filter((id) => !expected.docs.get(`disclosures:${id}`)!.catalogue.includes(catalogues.root)).length,
          )
        }
      }
    }

    // Sitemap: one file per collection with public records (never 10,000 here), together exactly the public set.
    const index = await get('/sitemap.xml')
    xml.push(index)
    expect([context, 'sitemap.xml', index.status]).toEqual([context, 'sitemap.xml', 200])
    const locs = (text: string) => [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1].replaceAll('&amp;', '&'))
    const files = locs(index.text)
    expect([context, 'sitemap.xml', files]).toEqual([
      context,
      'sitemap.xml',
      (['disclosures', 'interpretations'] as const)
        .filter((slug) => expected[slug].length)
        .map((slug) => `${BASE_URL}/sitemaps/${slug}-1.xml`),
    ])
    const listed: string[] = []
    for (const file of files) {
      const sitemap = await get(pathOf(file))
      xml.push(sitemap)
      expect([context, file, sitemap.status]).toEqual([context, file, 200])
      listed.push(...locs(sitemap.text).map(recordKeyOf))
    }
    expect([context, 'sitemaps', listed.sort()]).toEqual([context, 'sitemaps', publicKeys])

    // WeChat articles: every record ever created, public or not; a public one with its published text and only public files.
    const mediaById = new Map(mediaFiles.map((file) => [String(file.id), file]))
    const publicFilePath = (url: unknown) => {
      const text = String(url)
      const file = mediaFiles.find((candidate) => pathOf(candidate.url) === pathOf(text))
      // An absolute URL on this API's origin, of a file that is public now.
      return text.startsWith(`${BASE_URL}/`) && file && expected.media.has(String(file.id)) ? pathOf(text) : `not a public file: ${text}`
    }
    for (const record of tracked) {
      const key = keyOf(record)
      const path = `/api/public/wechat/${record.slug}/${record.id}`
      const article = await get(path)
      const doc = expected.docs.get(key)
      expect([context, path, article.status]).toEqual([context, path, doc ? 200 : 404])
      if (!doc || article.status !== 200) continue
      const body = article.body
      expect([context, path, body.type, String(body.id), body.title, body.contentSourceUrl]).toEqual([
        context,
        path,
        record.slug,
        String(record.id),
        doc.title,
        RECORD_URL.replace('{collection}', record.slug).replace('{id}', String(record.id)),
      ])
      // The published body (one paragraph of plain text here), never a newer draft's.
      expect([
        context,
        path,
        'content',
        String(body.content)
          .replace(/<[^>]*>/g, '')
          .trim(),
      ]).toEqual([context, path, 'content', doc.text])
      const attachments = (body.attachments ?? []).map((attachment: any) => publicFilePath(attachment.url)).sort()
      const expectedAttachments = doc.attachments.map((id) => pathOf(mediaById.get(id)?.url ?? `unknown media ${id}`)).sort()
      expect([context, path, 'attachments', attachments]).toEqual([context, path, 'attachments', expectedAttachments])
      const cover = body.cover?.source ? publicFilePath(body.cover.source) : null
      expect([context, path, 'cover', cover]).toEqual([
        context,
        path,
        'cover',
        doc.cover ? pathOf(mediaById.get(doc.cover)?.url ?? `unknown media ${doc.cover}`) : null,
      ])
    }

    // QR codes of every record; covers and thumbnails of the records this step touched or changed, and one other.
    // Asked with the ETag last seen (when there is one), so an unchanged image is a cheap 304; a record no
    // longer public must answer 404 all the same, never 304.
    for (const record of tracked) {
      const names: (keyof typeof DERIVED_TYPES)[] = focus.some((item) => keyOf(item) === keyOf(record))
        ? ['qr.png', 'qr.svg', 'cover.jpg', 'thumb.jpg']
        : ['qr.png', 'qr.svg']
      for (const name of names) {
        const path = `/api/public/wechat/${record.slug}/${record.id}/${name}`
        const etag = etags.get(`${mount.name} ${path}`)
        const response = await mount.fetch(path, etag ? { headers: { 'If-None-Match': etag } } : {})
        const isPublic = expected.docs.has(keyOf(record))
        expect([context, path, response.status]).toEqual([context, path, isPublic ? (etag && response.status === 304 ? 304 : 200) : 404])
        if (response.status === 200) {
          expect([context, path, response.headers.get('content-type'), response.bytes.length > 0]).toEqual([
            context,
            path,
            DERIVED_TYPES[name],
            true,
          ])
          etags.set(`${mount.name} ${path}`, response.headers.get('etag') ?? '')
        }
        if (response.status === 404) seen.push(response)
      }
    }

    for (const response of seen) {
      expect([context, response.text.includes(MARK)]).toEqual([context, false])
      expect([context, [...internalKeysIn(response.body, NON_CONTRACT_KEYS)]]).toEqual([context, []])
    }
    // Feeds and sitemaps are XML: no element may be named after an internal field.
    for (const response of xml)
      expect([context, xmlElementNames(response.text).filter((name) => NON_CONTRACT_KEYS.includes(name))]).toEqual([context, []])
  }

  it('holds after every step of random workflows by editors and reviewers of two departments', async () => {
    const runs = Number(process.env.PROPERTY_RUNS ?? 6)
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 14 }), async (steps) => {
        const history: Step[] = []
        let previous = await allowed()
        for (const step of steps) {
          history.push(step)
          const touched = await apply(step)
          const expected = await allowed()
          // The record the step touched, those whose visibility it changed, and one other in turn.
          const was = new Set([...previous.docs.keys()])
          const now = new Set([...expected.docs.keys()])
          const focus = tracked.filter((record) => {
            const key = `${record.slug}:${record.id}`
            return was.has(key) !== now.has(key)
          })
          if (touched) focus.push(touched)
          if (tracked.length) focus.push(tracked[(counter + history.length) % tracked.length])
          for (const mount of mounts) await check(mount, expected, history, focus)
          stats.maxPublicDisclosures = Math.max(stats.maxPublicDisclosures, expected.disclosures.length)
          stats.maxPublicInterpretations = Math.max(stats.maxPublicInterpretations, expected.interpretations.length)
          stats.withdrawals += [...previous.disclosures, ...previous.interpretations].filter(
            (id, index) => !(index < previous.disclosures.length ? expected.disclosures : expected.interpretations).includes(id),
          ).length
          stats.publicFiles = Math.max(stats.publicFiles, expected.media.size)
          stats.privateFiles = Math.max(stats.privateFiles, mediaFiles.length - expected.media.size)
          previous = expected
        }
      }),
      {
        numRuns: runs,
        // A workflow that surely reaches every state the random ones may miss: public, interpreted, edited, withdrawn, scheduled, refused, deleted.
        examples: [[WALKTHROUGH]],
        ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {}),
        endOnFailure: true,
      },
    )
    // The property proves little unless the runs reached these states.
    expect(stats.maxPublicDisclosures).toBeGreaterThan(0)
    expect(stats.maxPublicInterpretations).toBeGreaterThan(0)
    expect(stats.withdrawals).toBeGreaterThan(0)
    expect(stats.publicFiles).toBeGreaterThan(0)
    expect(stats.privateFiles).toBeGreaterThan(0)
    // Search found both kinds, and a catalogue entry's feed carried a record filed under its child.
    expect(stats.searchDisclosures).toBeGreaterThan(0)
    expect(stats.searchInterpretations).toBeGreaterThan(0)
    expect(stats.childCatalogueInFeed).toBeGreaterThan(0)
  }, 900_000)
})
