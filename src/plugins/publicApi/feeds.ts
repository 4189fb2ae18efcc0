import { Feed } from 'feed'
import type { CollectionSlug, Payload, PopulateType, SelectType, Where } from 'payload'

import { escapeHtml } from '../../lib/search/snippet.js'
import { RECORD_COLLECTIONS } from './contract.js'
import { badParam, notFound } from './errors.js'
import type { IdKind } from './query.js'
import { integer, parseId, refuseRepeated } from './query.js'
import type { PublicUrls } from './urls.js'
import { fillUrl } from './urls.js'

export const FEEDS_PATH = '/api/public/feeds'
export const SITEMAP_PATH = '/sitemap.xml'
export const SITEMAPS_PATH = '/sitemaps/'
/** URLs per sitemap file (the protocol allows 50,000; smaller files are cheaper to build). */
export const SITEMAP_PAGE = 10_000

export const FEED_FORMATS = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
export type FeedFormat = keyof typeof FEED_FORMATS

const FEED_PARAMS = new Set(['catalogue', 'department', 'limit'])

export type FeedScope = { catalogue?: string; department?: string; limit: number }

export const FEED_DEFAULT_LIMIT = 50
export const FEED_MAX_LIMIT = 100

export const parseFeedQuery = (params: URLSearchParams, ids: IdKind): FeedScope => {
  const scope: FeedScope = { limit: FEED_DEFAULT_LIMIT }
  refuseRepeated(params)
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (!FEED_PARAMS.has(param)) throw badParam(param, `unknown parameter; allowed: ${[...FEED_PARAMS].join(', ')} / 不支持的參數`)
    if (param === 'catalogue') scope.catalogue = parseId(value, param, ids)
    if (param === 'department') scope.department = parseId(value, param, ids)
    if (param === 'limit') scope.limit = integer(value, param, 1, FEED_MAX_LIMIT)
  }
  if (scope.catalogue && scope.department)
    throw badParam('department', 'a feed is for one catalogue entry or one department, not both / 只能按目錄或部門之一訂閱')
  return scope
}

/** What a feed item reads of a disclosure (its department populated with the name). */
type FeedDoc = {
  id: string | number
  title?: string | null
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
  indexNumber?: string | null
  documentNumber?: string | null
  department?: { name?: string | null } | string | number | null
}

/**
 * RSS 2.0, Atom 1.0 or JSON Feed (version 1, as the `feed` package writes it) of the latest public records: overall, for one catalogue entry
 * (with its descendants) or for one department. Records are read as the anonymous caller.
 */
export const buildFeed = async (
  payload: Payload,
  format: FeedFormat,
  scope: FeedScope,
  urls: PublicUrls,
  catalogueFilter: (id: string) => Promise<Where>,
  selfPath: string,
) => {
  let title = '政府信息公開'
  const where: Where[] = []
  if (scope.catalogue) {
    const entry = await payload.findByID({
      collection: 'catalogue-entries' as CollectionSlug,
      id: scope.catalogue,
      depth: 0,
      select: { title: true } as SelectType,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!entry) throw notFound(`no catalogue entry ${scope.catalogue} / 目錄條目不存在`)
    title = `${title} · ${(entry as { title?: unknown }).title}`
    where.push(await catalogueFilter(scope.catalogue))
  }
  if (scope.department) {
    const department = await payload.findByID({
      collection: 'departments' as CollectionSlug,
      id: scope.department,
      depth: 0,
      select: { name: true } as SelectType,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!department) throw notFound(`no department ${scope.department} / 部門不存在`)
    title = `${title} · ${(department as { name?: unknown }).name}`
    where.push({ department: { equals: scope.department } })
  }
  const found = await payload.find({
    collection: 'disclosures' as CollectionSlug,
    where: where.length ? { and: where } : undefined,
    sort: ['-publishedAt', '-id'],
    limit: scope.limit,
    depth: 1,
    select: {
      title: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      department: true,
      indexNumber: true,
      documentNumber: true,
    } as SelectType,
    populate: { departments: { name: true } } as PopulateType,
    joins: false as never,
    overrideAccess: false,
  })
  const docs = found.docs as FeedDoc[]
  const self = `${urls.origin}${selfPath}`
  const query = self.includes('?') ? self.slice(self.indexOf('?')) : ''
  const feed = new Feed({
    id: self,
    title,
    // Atom needs an author on the feed unless every entry has one: an empty feed must still be valid.
    author: { name: title },
    description: `${title}：最新主動公開的政府信息`,
    link: urls.origin,
    language: 'zh-CN',
    updated: docs[0]?.updatedAt ? new Date(docs[0].updatedAt) : new Date(0),
    generator: 'Gongkai',
    copyright: title,
    feedLinks: {
      rss: `${urls.origin}${FEEDS_PATH}/rss${query}`,
      atom: `${urls.origin}${FEEDS_PATH}/atom${query}`,
      json: `${urls.origin}${FEEDS_PATH}/json${query}`,
    },
  })
  for (const doc of docs) {
    const link = fillUrl(urls.record, 'disclosures', doc.id)
    const department = doc.department && typeof doc.department === 'object' ? String(doc.department.name ?? '') : ''
    const meta = [doc.documentNumber, doc.indexNumber && `索引號 ${doc.indexNumber}`].filter(Boolean).join(' · ')
    feed.addItem({
      id: link,
      guid: link,
      link,
      // Atom's title is type="html" and readers render RSS titles as HTML too: a title is text, so escape it
      // there (JSON Feed's title is plain text).
      title: format === 'json' ? String(doc.title ?? '') : escapeHtml(String(doc.title ?? '')),
      // RSS carries the description as CDATA that readers render as HTML: the summary is text, so escape it.
      description: escapeHtml(String(doc.summary ?? '')),
      content: `<p>${escapeHtml(String(doc.summary ?? ''))}</p>${meta ? `<p>${escapeHtml(meta)}</p>` : ''}`,
      date: new Date(doc.publishedAt ?? doc.updatedAt),
      published: doc.publishedAt ? new Date(doc.publishedAt) : undefined,
      // RSS `author` must be an e-mail address; the issuer goes in `dc:creator` there (Atom and JSON Feed take a name).
      ...(format === 'rss'
        ? { extensions: department ? [{ name: 'dc:creator', objects: { _text: department } }] : undefined }
        : { author: department ? [{ name: department }] : undefined }),
    })
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
}

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)

/** `/sitemap.xml`: an index of one sitemap file per 10,000 public records of each collection. */
export const buildSitemapIndex = async (payload: Payload, urls: PublicUrls) => {
  const files: string[] = []
  for (const record of RECORD_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection: record as CollectionSlug, overrideAccess: false })
    for (let page = 1; page <= Math.ceil(totalDocs / SITEMAP_PAGE); page++)
      files.push(`${urls.origin}${SITEMAPS_PATH}${record}-${page}.xml`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.map((loc) => `  <sitemap><loc>${xml(loc)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`
}

/** `/sitemaps/<collection>-<page>.xml`: the page URLs of public records, with their last change. */
export const buildSitemap = async (payload: Payload, file: string, urls: PublicUrls) => {
  const match = /^(.+)-([1-9]\d{0,4})\.xml$/.exec(file)
  if (!match || !RECORD_COLLECTIONS.has(match[1])) throw notFound()
  const [, record, pageText] = match
  const page = Number(pageText)
  const found = await payload.find({
    collection: record as CollectionSlug,
    select: { updatedAt: true } as SelectType,
    sort: 'id',
    limit: SITEMAP_PAGE,
    page,
    depth: 0,
    joins: false as never,
    overrideAccess: false,
  })
  // An empty urlset is not a valid sitemap: a collection with nothing public has no file.
  if (!found.docs.length) throw notFound()
  const entries = (found.docs as { id: string | number; updatedAt?: string | null }[]).map(
    (doc) =>
      `  <url><loc>${xml(fillUrl(urls.record, record, doc.id))}</loc>${doc.updatedAt ? `<lastmod>${new Date(doc.updatedAt).toISOString()}</lastmod>` : ''}</url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
}
