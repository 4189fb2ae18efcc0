import { WECHAT_LIMITS } from '../../lib/wechatLimits.js'
import { RECORD_COLLECTIONS } from './contract.js'
import type { IdKind, JsonSchema } from './query.js'
import { idValueSchema } from './query.js'
import { COVER, THUMB } from './wechat.js'

export const NULLABLE_STRING = { type: ['string', 'null'] }
export const NULLABLE_DATE = { type: ['string', 'null'], format: 'date-time' }

export const departmentRef = (ids: IdKind) => ({
  type: ['object', 'null'],
  description: 'The issuing department, or null when it is not public',
  required: ['id', 'name'],
  properties: { id: idValueSchema(ids), name: { type: 'string' } },
})

/** The body of a WeChat article, as `buildArticle` writes it. */
export const wechatArticleSchema = (ids: IdKind): JsonSchema => ({
  type: 'object',
  required: [
    'type',
    'id',
    'title',
    'digest',
    'author',
    'department',
    'publishedAt',
    'content',
    'contentSourceUrl',
    'mobileUrl',
    'cover',
    'thumb',
    'qrCode',
    'attachments',
    'updatedAt',
  ],
  properties: {
    type: { type: 'string', enum: [...RECORD_COLLECTIONS] },
    id: idValueSchema(ids),
    title: {
      type: 'string',
      maxLength: WECHAT_LIMITS.title,
      description: 'The short title for new media, else the title cut with … (the draft API takes at most 32 characters)',
    },
    digest: {
      type: 'string',
      maxLength: WECHAT_LIMITS.digest,
      description: 'The summary, else the body text, whitespace collapsed; cut with … at 120 characters',
    },
    author: {
      ...NULLABLE_STRING,
      maxLength: WECHAT_LIMITS.author,
      description: 'The issuing department’s short name, else its name, cut with … (the draft API takes 16 characters)',
    },
    department: departmentRef(ids),
    publishedAt: NULLABLE_DATE,
    indexNumber: { ...NULLABLE_STRING, description: 'Records only' },
    documentNumber: { ...NULLABLE_STRING, description: 'Records only' },
    interpreter: { ...NULLABLE_STRING, description: 'Interpretations only' },
    content: {
      type: 'string',
      description:
        'The body as sanitized HTML: text structure, lists, tables, links and images only; no script, style, frames, forms, classes or event handlers; links only http, https, mailto and tel, images only http and https, every URL absolute; files the public may not read are left out',
    },
    contentSourceUrl: { type: 'string', format: 'uri', description: 'The record page on the website (PUBLIC_RECORD_URL)' },
    mobileUrl: { type: 'string', format: 'uri', description: 'The record page on the mobile site (PUBLIC_MOBILE_URL)' },
    cover: {
      type: 'object',
      required: ['url', 'width', 'height', 'source'],
      properties: {
        url: { type: 'string', format: 'uri' },
        width: { const: COVER.width },
        height: { const: COVER.height },
        source: { type: ['string', 'null'], format: 'uri', description: 'The image the cover is cut from; null for the plain cover' },
      },
    },
    thumb: {
      type: 'object',
      required: ['url', 'width', 'height'],
      properties: { url: { type: 'string', format: 'uri' }, width: { const: THUMB.width }, height: { const: THUMB.height } },
    },
    qrCode: {
      type: 'object',
      required: ['png', 'svg'],
      properties: { png: { type: 'string', format: 'uri' }, svg: { type: 'string', format: 'uri' } },
    },
    attachments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['filename', 'url', 'mimeType', 'filesize'],
        properties: {
          filename: NULLABLE_STRING,
          url: { type: ['string', 'null'], format: 'uri' },
          mimeType: NULLABLE_STRING,
          filesize: { type: ['integer', 'null'] },
        },
      },
    },
    updatedAt: NULLABLE_DATE,
  },
  oneOf: [
    { properties: { type: { const: 'disclosures' } }, required: ['indexNumber', 'documentNumber'] },
    { properties: { type: { const: 'interpretations' } }, required: ['interpreter'] },
  ],
})
