import type { CollectionSlug } from 'payload'

import type { PublicFilter, RecordDefinition, Shape } from '../../core/records.js'
import { DOCUMENT_KINDS, GENRES, VALIDITY_STATUSES } from './Disclosures.js'
import { INTERPRETATION_FORMS } from './Interpretations.js'

const rel = (relation: CollectionSlug) => ({ relation })
const values = (list: { value: string }[]) => list.map((option) => option.value)
const filter = (kind: Exclude<PublicFilter['kind'], 'codes'>, field: string): PublicFilter => ({ kind, field })
const codes = (field: string, allowed: readonly string[]): PublicFilter => ({ kind: 'codes', field, allowed })

const dateFilters = {
  year: filter('year', 'publishedAt'),
  from: filter('dateFrom', 'publishedAt'),
  to: filter('dateTo', 'publishedAt'),
}

const disclosureShape: Shape = {
  id: true,
  title: true,
  shortTitle: true,
  indexNumber: true,
  documentNumber: true,
  department: rel('departments'),
  coIssuers: rel('departments'),
  writtenAt: true,
  publishedAt: true,
  topic: true,
  genre: true,
  documentKind: true,
  keywords: true,
  summary: true,
  catalogue: rel('catalogue-entries'),
  validity: { status: true, effectiveFrom: true, effectiveUntil: true, replacedBy: rel('disclosures') },
  body: true,
  attachments: rel('media'),
  cover: rel('media'),
  requiresInterpretation: true,
  interpretations: { join: 'interpretations' },
  createdAt: true,
  updatedAt: true,
}

/** 政府信息 as a record: searched by its words, served by the public API, its files public with it. */
export const disclosureRecord = {
  slug: 'disclosures',
  mediaRefs: true,
  search: {
    text: ['summary', 'keywords', 'documentNumber', 'indexNumber', 'body'],
    catalogue: true,
    result: ['indexNumber', 'documentNumber'],
  },
  publicShape: disclosureShape,
  publicList: {
    listOmits: ['body', 'interpretations'],
    detailDepth: 1,
    params: {
      filters: {
        // Resolved to the entry and its descendants by the handler.
        catalogue: filter('id', 'catalogue'),
        department: filter('id', 'department'),
        topic: filter('topic', 'topic'),
        genre: codes('genre', values(GENRES)),
        documentKind: codes('documentKind', values(DOCUMENT_KINDS)),
        validity: codes('validity.status', values(VALIDITY_STATUSES)),
        ...dateFilters,
        writtenFrom: filter('dateFrom', 'writtenAt'),
        writtenTo: filter('dateTo', 'writtenAt'),
      },
      sorts: ['-publishedAt', 'publishedAt', '-writtenAt', 'writtenAt', 'title', '-title', 'indexNumber', '-indexNumber'],
      defaultSort: '-publishedAt',
    },
  },
} satisfies RecordDefinition

const interpretationShape: Shape = {
  id: true,
  title: true,
  shortTitle: true,
  policies: rel('disclosures'),
  form: true,
  interpreter: true,
  department: rel('departments'),
  publishedAt: true,
  body: true,
  attachments: rel('media'),
  cover: rel('media'),
  createdAt: true,
  updatedAt: true,
}

/** 政策解讀 as a record: its public visibility follows its policies' (DESIGN §4.3). */
export const interpretationRecord = {
  slug: 'interpretations',
  mediaRefs: true,
  search: { text: ['interpreter', 'body'], catalogue: false, result: ['form'] },
  follows: { slug: 'disclosures', field: 'policies' },
  publicShape: interpretationShape,
  publicList: {
    listOmits: ['body'],
    detailDepth: 1,
    params: {
      filters: {
        policy: filter('id', 'policies'),
        department: filter('id', 'department'),
        form: codes('form', values(INTERPRETATION_FORMS)),
        ...dateFilters,
      },
      sorts: ['-publishedAt', 'publishedAt', 'title', '-title'],
      defaultSort: '-publishedAt',
    },
  },
} satisfies RecordDefinition

/** The records the suite brings; a host registers more with `withRecords` or the records plugin's options. */
export const DEFAULT_RECORDS: RecordDefinition[] = [disclosureRecord, interpretationRecord]

/** The slug of one of the suite's own records (typed code such as the demo seed). */
export type DefaultRecordSlug = typeof disclosureRecord.slug | typeof interpretationRecord.slug
