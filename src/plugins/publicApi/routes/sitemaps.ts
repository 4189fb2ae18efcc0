import { RECORD_COLLECTIONS } from '../contract.js'
import { buildSitemap, buildSitemapIndex, SITEMAP_PAGE, SITEMAP_PATH, SITEMAPS_PATH } from '../feeds.js'
import { ok, refusal, use } from '../openapiParts.js'
import type { PublicRoute } from './types.js'
import { READ_METHODS } from './types.js'

const xml = { 'application/xml': { schema: { type: 'string' } } }
const XML_TYPE = 'application/xml; charset=utf-8'

export const sitemapIndexRoute: PublicRoute = {
  name: 'sitemaps.index',
  paths: [SITEMAP_PATH],
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path }, { payload, urls }) => ({
    key: path,
    compute: async () => ({ body: await buildSitemapIndex(payload, urls), cacheable: true, contentType: XML_TYPE }),
  }),
  document: () => ({
    paths: {
      [SITEMAP_PATH]: {
        get: {
          operationId: 'sitemapIndex',
          summary: `Sitemap index: one sitemap file per ${SITEMAP_PAGE.toLocaleString('en')} public records or interpretations`,
          description:
            'The files are listed under `PUBLIC_BASE_URL`. A sitemap may only list URLs of its own host: when the record pages (`PUBLIC_RECORD_URL`) live on another host, serve these through the website (a proxy) or declare them in its robots.txt.',
          responses: { 200: ok('A sitemapindex document', xml), 304: use('NotModified') },
        },
      },
    },
  }),
}

const SITEMAP_FILE = `${SITEMAPS_PATH}{collection}-{page}.xml`

export const sitemapFileRoute: PublicRoute = {
  name: 'sitemaps.file',
  paths: [SITEMAP_FILE],
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path }, { payload, urls }) => ({
    key: path,
    compute: async () => ({
      body: await buildSitemap(payload, path.slice(SITEMAPS_PATH.length), urls),
      cacheable: true,
      contentType: XML_TYPE,
    }),
  }),
  document: () => ({
    paths: {
      [SITEMAP_FILE]: {
        get: {
          operationId: 'sitemapFile',
          summary: `Sitemap file: the page URLs (\`PUBLIC_RECORD_URL\`) of up to ${SITEMAP_PAGE.toLocaleString('en')} public documents, by id, with lastmod = updatedAt`,
          parameters: [
            { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...RECORD_COLLECTIONS] } },
            { name: 'page', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 99999 } },
          ],
          responses: {
            200: ok('A urlset document', xml),
            304: use('NotModified'),
            404: refusal('No such file: a page past the last one (a collection with nothing public has none), or another name'),
          },
        },
      },
    },
  }),
}
