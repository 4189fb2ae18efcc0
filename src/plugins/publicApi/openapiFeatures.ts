import { WECHAT_LIMITS } from '../../lib/wechatLimits.js'
import { SEARCHABLE } from '../search/indexer.js'
import type { IdKind, JsonSchema } from './query.js'
import { idValueSchema } from './query.js'
import { COVER, THUMB } from './wechat.js'

const NULLABLE_STRING = { type: ['string', 'null'] }
const NULLABLE_DATE = { type: ['string', 'null'], format: 'date-time' }

const departmentRef = (ids: IdKind) => ({
  type: ['object', 'null'],
  description: 'The issuing department, or null when it is not public',
  required: ['id', 'name'],
  properties: { id: idValueSchema(ids), name: { type: 'string' } },
})

/** The bodies of search, WeChat articles and the JSON Feed, as their builders write them. */
export const featureSchemas = (ids: IdKind): Record<string, JsonSchema> => ({
  SearchResults: {
    type: 'object',
    required: ['q', 'terms', 'docs', 'totalDocs', 'titleMatches', 'limit', 'page', 'totalPages', 'hasPrevPage', 'hasNextPage', 'prevPage', 'nextPage'],
    properties: {
      q: { type: 'string', description: 'The query, trimmed' },
      terms: { type: 'array', items: { type: 'string' }, description: 'The terms searched for, folded (Simplified, half-width, lower case), duplicates removed' },
      docs: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
      totalDocs: { type: 'integer', description: 'Hits in the index' },
      titleMatches: { type: 'integer', description: 'How many of them hold every term in the title (they come first)' },
      limit: { type: 'integer' },
      page: { type: 'integer' },
      totalPages: { type: 'integer', minimum: 1 },
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: { type: ['integer', 'null'] },
      nextPage: { type: ['integer', 'null'] },
    },
  },
  SearchHit: {
    type: 'object',
    required: ['type', 'id', 'title', 'titleHighlighted', 'snippet', 'matchedIn', 'publishedAt', 'department', 'href'],
    properties: {
      type: { type: 'string', enum: [...SEARCHABLE] },
      id: idValueSchema(ids),
      title: { type: 'string' },
      titleHighlighted: { type: 'string', description: 'The title as HTML-escaped text with <mark> around matches; safe to insert as HTML' },
      snippet: { type: 'string', description: 'About 96 characters of the indexed text around the first match (its start when only the title matched), HTML-escaped with <mark> around matches; … where cut' },
      matchedIn: { type: 'string', enum: ['title', 'body'], description: '`title` when every term is in the title' },
      publishedAt: NULLABLE_DATE,
      indexNumber: { ...NULLABLE_STRING, description: 'Records only' },
      documentNumber: { ...NULLABLE_STRING, description: 'Records only' },
      form: { ...NULLABLE_STRING, description: 'Interpretations only' },
      department: departmentRef(ids),
      href: { type: 'string', description: 'The detail in this API, e.g. /api/public/disclosures/8' },
    },
    oneOf: [
      { properties: { type: { const: 'disclosures' } }, required: ['indexNumber', 'documentNumber'] },
      { properties: { type: { const: 'interpretations' } }, required: ['form'] },
    ],
  },
  WechatArticle: {
    type: 'object',
    required: ['type', 'id', 'title', 'digest', 'author', 'department', 'publishedAt', 'content', 'contentSourceUrl', 'mobileUrl', 'cover', 'thumb', 'qrCode', 'attachments', 'updatedAt'],
    properties: {
      type: { type: 'string', enum: [...SEARCHABLE] },
      id: idValueSchema(ids),
      title: { type: 'string', maxLength: WECHAT_LIMITS.title, description: 'The short title for new media, else the title cut with … (the draft API takes at most 32 characters)' },
      digest: { type: 'string', maxLength: WECHAT_LIMITS.digest, description: 'The summary, else the body text, whitespace collapsed; cut with … at 120 characters' },
      author: { ...NULLABLE_STRING, maxLength: WECHAT_LIMITS.author, description: 'The issuing department’s short name, else its name, cut with … (the draft API takes 16 characters)' },
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
      thumb: { type: 'object', required: ['url', 'width', 'height'], properties: { url: { type: 'string', format: 'uri' }, width: { const: THUMB.width }, height: { const: THUMB.height } } },
      qrCode: { type: 'object', required: ['png', 'svg'], properties: { png: { type: 'string', format: 'uri' }, svg: { type: 'string', format: 'uri' } } },
      attachments: {
        type: 'array',
        items: {
          type: 'object',
          required: ['filename', 'url', 'mimeType', 'filesize'],
          properties: { filename: NULLABLE_STRING, url: { type: ['string', 'null'], format: 'uri' }, mimeType: NULLABLE_STRING, filesize: { type: ['integer', 'null'] } },
        },
      },
      updatedAt: NULLABLE_DATE,
    },
    oneOf: [
      { properties: { type: { const: 'disclosures' } }, required: ['indexNumber', 'documentNumber'] },
      { properties: { type: { const: 'interpretations' } }, required: ['interpreter'] },
    ],
  },
  JsonFeed: {
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
  },
})
