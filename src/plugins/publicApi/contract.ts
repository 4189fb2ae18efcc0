import type { CollectionSlug } from 'payload'

import { DEPARTMENT_LEVELS } from '../../collections/organisation/Departments.js'
import { DEFAULT_RECORDS } from '../../collections/records/definitions.js'
import type { Shape } from '../../core/records.js'
import type { ParamSpec } from './query.js'
import { codes, idOrNone, paramSpecOf } from './query.js'

export type { Shape } from '../../core/records.js'

const rel = (relation: CollectionSlug) => ({ relation })

const mediaSize = { url: true, width: true, height: true, mimeType: true, filesize: true } as const

export const SHAPES: Record<string, Shape> = {
  ...Object.fromEntries(DEFAULT_RECORDS.flatMap((record) => (record.publicShape ? [[record.slug, record.publicShape]] : []))),
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

/**
 * Collections whose documents the public sees only when published, proactive and review passed: the
 * default records; a config's own list is `recordSlugsOf(config)` (src/core/records.ts).
 */
export const RECORD_COLLECTIONS = new Set<string>(DEFAULT_RECORDS.map((record) => record.slug))

export type PublicCollection = {
  slug: CollectionSlug
  /** Fields left out of lists unless selected: a list is for scanning, the body is for the detail. */
  listOmits: string[]
  detailDepth: number
  params: ParamSpec
}

const values = (list: { value: string }[]) => list.map((option) => option.value)

export const PUBLIC_COLLECTIONS: Record<string, PublicCollection> = {
  ...Object.fromEntries(
    DEFAULT_RECORDS.flatMap((record) =>
      record.publicList ? [[record.slug, { slug: record.slug, ...record.publicList, params: paramSpecOf(record.publicList.params) }]] : [],
    ),
  ),
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
