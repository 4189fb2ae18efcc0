import { RECORD_COLLECTIONS } from '../contract.js'
import { notFound } from '../errors.js'
import { json, ok, readResponses, use } from '../openapiParts.js'
import { ref } from '../openapiSchemas.js'
import { wechatArticleSchema } from '../openapiFeatures.js'
import { idParamSchema } from '../query.js'
import type { Article } from '../wechat.js'
import { articleImage, articleQrCode, buildArticle, COVER, THUMB, WECHAT_PATH } from '../wechat.js'
import { etagOf } from './answers.js'
import type { PublicRoute, RouteContext } from './types.js'
import { READ_METHODS } from './types.js'

const ARTICLE_PATH = `${WECHAT_PATH}/{collection}/{id}`
const ARTICLE_SEGMENTS = ARTICLE_PATH.split('/').length

/** The images and QR codes derived from an article: file name, content type, operation id, summary. */
const DERIVED: [string, string, string, string][] = [
  [
    'cover.jpg',
    'image/jpeg',
    'wechatCover',
    `The cover, exactly ${COVER.width}×${COVER.height} JPEG: the record's cover image, else its first image attachment, else the first image in its body, cropped around the most interesting region; plain red when it has none`,
  ],
  ['thumb.jpg', 'image/jpeg', 'wechatThumb', `The square thumbnail, ${THUMB.width}×${THUMB.height} JPEG, from the same image`],
  ['qr.png', 'image/png', 'wechatQrPng', 'QR code of the mobile page (`mobileUrl`), PNG'],
  ['qr.svg', 'image/svg+xml; charset=utf-8', 'wechatQrSvg', 'QR code of the mobile page (`mobileUrl`), SVG'],
]

/** A WeChat article's JSON, through the response cache (the images and QR codes of a record need it too). */
const articleBody = ({ payload, urls, cachedBody }: RouteContext, record: string, id: string) => {
  if (!RECORD_COLLECTIONS.has(record)) throw notFound()
  return cachedBody(`${WECHAT_PATH}/${record}/${id}`, async () => ({
    body: JSON.stringify(await buildArticle(payload, record, id, urls)),
    cacheable: true,
  }))
}

export const wechatRoute: PublicRoute = {
  name: 'wechat',
  paths: [ARTICLE_PATH, ...DERIVED.map(([file]) => `${ARTICLE_PATH}/${file}`)],
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path, params }, context) => {
    const name = path.split('/').pop()
    const derived = path.split('/').length > ARTICLE_SEGMENTS ? DERIVED.find(([file]) => file === name) : undefined
    if (!derived) return articleBody(context, params.collection, params.id)
    // An image or QR code: its ETag follows the article and the kind, so a 304 never renders it.
    const { body: json, state } = await articleBody(context, params.collection, params.id)
    const [file, contentType] = derived
    const render = async () => {
      const data = JSON.parse(json) as Article
      const body = file.startsWith('qr.')
        ? await articleQrCode(data, file === 'qr.png' ? 'png' : 'svg')
        : await articleImage(context.payload, data, file === 'cover.jpg' ? 'cover' : 'thumb')
      return typeof body === 'string' ? body : new Uint8Array(body)
    }
    return { etag: etagOf(`${file}\n${json}`), contentType, state, body: render }
  },
  document: ({ ids }) => {
    const parameters = [
      { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: [...RECORD_COLLECTIONS] } },
      { name: 'id', in: 'path', required: true, schema: idParamSchema(ids) },
    ]
    const binary = (type: string) => ({ [type]: { schema: { type: 'string', contentMediaType: type } } })
    return {
      paths: {
        [ARTICLE_PATH]: {
          get: {
            operationId: 'wechatArticle',
            summary: '微信公眾號: a public record or interpretation as an article (sanitized HTML, digest, cover, QR code, absolute URLs)',
            parameters,
            responses: readResponses(ok('The article', json(ref('WechatArticle'))), { 404: use('NotFound') }),
          },
        },
        ...Object.fromEntries(
          DERIVED.map(([file, contentType, operationId, summary]) => [
            `${ARTICLE_PATH}/${file}`,
            {
              get: {
                operationId,
                summary,
                parameters,
                responses: readResponses(ok(summary.split(':')[0].split(',')[0], binary(contentType.split(';')[0])), {
                  404: use('NotFound'),
                }),
              },
            },
          ]),
        ),
      },
      schemas: { WechatArticle: wechatArticleSchema(ids) },
    }
  },
}
