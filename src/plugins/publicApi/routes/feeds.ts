import { FEED_DEFAULT_LIMIT, FEED_FORMATS, FEED_MAX_LIMIT, type FeedFormat, FEEDS_PATH, buildFeed, parseFeedQuery } from '../feeds.js'
import { notFound } from '../errors.js'
import { ok, query, readResponses, refusal } from '../openapiParts.js'
import { ref } from '../openapiSchemas.js'
import { idParamSchema } from '../query.js'
import { normalizedKey } from './cacheKey.js'
import type { PublicRoute } from './types.js'
import { READ_METHODS } from './types.js'

const FEED_NAMES: Record<FeedFormat, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed (version 1)' }
const FORMATS = Object.keys(FEED_FORMATS) as FeedFormat[]

/** `/api/public/feeds/{rss,atom,json}`: the latest public records, overall or for a catalogue entry or department. */
export const feedsRoute: PublicRoute = {
  name: 'feeds',
  paths: FORMATS.map((format) => `${FEEDS_PATH}/${format}`),
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path, url }, { payload, ids, urls, reads }) => {
    const format = path.slice(FEEDS_PATH.length + 1) as FeedFormat
    if (!FEED_FORMATS[format]) throw notFound()
    const scope = parseFeedQuery(url.searchParams, ids)
    const key = normalizedKey(path, url.searchParams)
    return {
      key,
      compute: async () => ({
        body: await buildFeed(payload, format, scope, urls, reads.catalogueWhere, key),
        cacheable: true,
        contentType: FEED_FORMATS[format],
      }),
    }
  },
  document: ({ ids }) => {
    const parameters = [
      query('catalogue', idParamSchema(ids), {
        description: 'Only this catalogue entry and its descendants (not together with `department`).',
      }),
      query('department', idParamSchema(ids), { description: 'Only this issuing department (not together with `catalogue`).' }),
      query('limit', { type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT }),
    ]
    return {
      paths: Object.fromEntries(
        FORMATS.map((format) => [
          `${FEEDS_PATH}/${format}`,
          {
            get: {
              operationId: `${format}Feed`,
              summary: `訂閱: the latest public records as ${FEED_NAMES[format]}, newest publishedAt first`,
              description:
                'Each item links to the record page on the website (`PUBLIC_RECORD_URL`), which is also its id/guid; the issuing department is the item’s author (`dc:creator` in RSS).',
              parameters,
              responses: readResponses(
                ok(`The feed (${FEED_FORMATS[format]})`, {
                  [FEED_FORMATS[format].split(';')[0]]: { schema: format === 'json' ? ref('JsonFeed') : { type: 'string' } },
                }),
                {
                  404: refusal('No such catalogue entry or department'),
                },
              ),
            },
          },
        ]),
      ),
      schemas: { JsonFeed: JSON_FEED_SCHEMA },
    }
  },
}

const JSON_FEED_SCHEMA = {
  type: 'object',
  description: 'JSON Feed, as the `feed` package writes it: version 1 (`author`, not 1.1’s `authors`)',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'content_html', 'url', 'title', 'date_modified'],
        properties: {
          id: { type: 'string', description: 'The record page URL' },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          summary: { type: 'string', description: 'The record’s summary, as plain text (absent when it has none)' },
          content_html: { type: 'string', description: 'The summary, document number and index number as HTML' },
          date_modified: { type: 'string', format: 'date-time', description: 'publishedAt' },
          date_published: { type: 'string', format: 'date-time' },
          author: { type: 'object', properties: { name: { type: 'string', description: 'The issuing department' } } },
        },
      },
    },
  },
}
