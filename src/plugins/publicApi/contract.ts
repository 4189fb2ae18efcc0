import type { CollectionSlug } from 'payload'

import { DOCUMENT_KINDS, GENRES, VALIDITY_STATUSES } from '../../collections/records/Disclosures.js'
import { DEPARTMENT_LEVELS } from '../../collections/organisation/Departments.js'
import { INTERPRETATION_FORMS } from '../../collections/records/Interpretations.js'
import type { ParamSpec } from './query.js'
import { codes, dateFrom, dateTo, idEquals, idOrNone, topic, year } from './query.js'

/**
 * The public contract: for each collection, the fields a public response may carry. It is a whitelist,
 * applied after Payload's own field access, so an internal field added later stays private until it is
 * listed here on purpose.
 */
export type Shape = { [field: string]: true | Shape | { relation: CollectionSlug } | { join: CollectionSlug } }

const rel = (relation: CollectionSlug) => ({ relation })

const mediaSize = { url: true, width: true, height: true, mimeType: true, filesize: true } as const

export const SHAPES: Record<string, Shape> = {
  disclosures: {
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
  },
  interpretations: {
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
  },
  'catalogue-entries': {
    id: true,
    title: true,
    code: true,
    description: true,
    department: rel('departments'),
    leadDepartments: rel('departments'),
    timeLimit: true,
    order: true,
    parent: rel('catalogue-entries'),
    breadcrumbs: { doc: rel('catalogue-entries'), url: true, label: true },
    createdAt: true,
    updatedAt: true,
  },
  departments: {
    id: true,
    name: true,
    shortName: true,
    code: true,
    level: true,
    parent: rel('departments'),
    guide: { office: true, address: true, hours: true, phone: true, fax: true, email: true, website: true },
    createdAt: true,
    updatedAt: true,
  },
  media: {
    id: true,
    url: true,
    filename: true,
    mimeType: true,
    filesize: true,
    width: true,
    height: true,
    alt: true,
    caption: true,
    sizes: { thumbnail: mediaSize, card: mediaSize, wechatCover: mediaSize, square: mediaSize },
  },
}

/** Collections whose documents the public sees only when published, proactive and review passed. */
export const RECORD_COLLECTIONS = new Set(['disclosures', 'interpretations'])

export type PublicCollection = {
  slug: CollectionSlug
  /** Fields left out of lists unless selected: a list is for scanning, the body is for the detail. */
  listOmits: string[]
  detailDepth: number
  params: ParamSpec
}

const values = (list: { value: string }[]) => list.map((option) => option.value)

const dateFilters = {
  year: year('publishedAt'),
  from: dateFrom('publishedAt'),
  to: dateTo('publishedAt'),
}

export const PUBLIC_COLLECTIONS: Record<string, PublicCollection> = {
  disclosures: {
    slug: 'disclosures',
    listOmits: ['body', 'interpretations'],
    detailDepth: 1,
    params: {
      filters: {
        // Resolved to the entry and its descendants by the handler.
        catalogue: idEquals('catalogue'),
        department: idEquals('department'),
        topic: topic('topic'),
        genre: codes('genre', values(GENRES)),
        documentKind: codes('documentKind', values(DOCUMENT_KINDS)),
        validity: codes('validity.status', values(VALIDITY_STATUSES)),
        ...dateFilters,
        writtenFrom: dateFrom('writtenAt'),
        writtenTo: dateTo('writtenAt'),
      },
      sorts: ['-publishedAt', 'publishedAt', '-writtenAt', 'writtenAt', 'title', '-title', 'indexNumber', '-indexNumber'],
      defaultSort: '-publishedAt',
    },
  },
  interpretations: {
    slug: 'interpretations',
    listOmits: ['body'],
    detailDepth: 1,
    params: {
      filters: {
        policy: idEquals('policies'),
        department: idEquals('department'),
        form: codes('form', values(INTERPRETATION_FORMS)),
        ...dateFilters,
      },
      sorts: ['-publishedAt', 'publishedAt', 'title', '-title'],
      defaultSort: '-publishedAt',
    },
  },
  'catalogue-entries': {
    slug: 'catalogue-entries',
    listOmits: [],
    detailDepth: 1,
    params: {
      filters: {
        parent: idOrNone('parent'),
        department: idOrNone('department'),
      },
      sorts: ['order', '-order', 'code', 'title'],
      defaultSort: 'order',
    },
  },
  departments: {
    slug: 'departments',
    listOmits: [],
    detailDepth: 1,
    params: {
      filters: {
        level: codes('level', values(DEPARTMENT_LEVELS)),
        parent: idOrNone('parent'),
      },
      sorts: ['name', 'code', '-name', '-code'],
      defaultSort: 'code',
    },
  },
}

export const selectableFields = (slug: string) => Object.keys(SHAPES[slug]).filter((field) => field !== 'id')
