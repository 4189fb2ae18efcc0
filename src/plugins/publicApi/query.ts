import type { Where } from 'payload'

import { atChinaTime, chinaDay, chinaInstant } from '../../lib/chinaDate.js'
import { TOPIC_CLASSIFICATION } from '../../lib/topicClassification.js'
import type { PublicFilter, PublicListing } from '../../core/records.js'
import { badParam } from './errors.js'

/** What a public list may ask for, parsed and checked; every refusal names the parameter. */
export type ListQuery = {
  where: Where[]
  sort: string
  page: number
  limit: number
  depth: number
  select?: string[]
  /** A catalogue entry whose descendants must be resolved before the query runs. */
  catalogue?: number | string
}

/** A JSON Schema, as the OpenAPI document carries it. */
export type JsonSchema = Record<string, unknown>

/**
 * How ids look on this database: integers on the SQL adapters (serial columns, so at most 2³¹−1; a larger
 * number would be a database error, not a miss), ObjectIds on MongoDB.
 */
export type IdKind = 'number' | 'text'

export const idKindOf = (db: { defaultIDType?: string }): IdKind => (db.defaultIDType === 'number' ? 'number' : 'text')

const MAX_SERIAL = 2_147_483_647
const ID_PATTERNS: Record<IdKind, RegExp> = { number: /^[1-9]\d{0,9}$/, text: /^[0-9a-fA-F]{24}$/ }

/** An id as a parameter: what `parseId` accepts. */
export const idParamSchema = (ids: IdKind): JsonSchema =>
  ids === 'number' ? { type: 'integer', minimum: 1, maximum: MAX_SERIAL } : { type: 'string', pattern: ID_PATTERNS.text.source }

/** An id as the server sends it. */
export const idValueSchema = (ids: IdKind): JsonSchema => (ids === 'number' ? { type: 'integer', minimum: 1 } : { type: 'string' })

/** A filter: its condition for a raw value (refusals name the parameter), and its documented schema. */
export type Filter = {
  where: (value: string, param: string, ids: IdKind) => Where
  schema: (ids: IdKind) => JsonSchema
  /** Comma-separated values (`style: form, explode: false` in the document). */
  list?: boolean
}

export type ParamSpec = {
  /** Filters this collection accepts. */
  filters: Record<string, Filter>
  sorts: string[]
  defaultSort: string
}

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
export const MAX_DEPTH = 2
export const MAX_PAGE = 1_000_000

const COMMON = new Set(['page', 'limit', 'sort', 'depth', 'select'])

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A value as a refusal repeats it: cut, so a long input is not echoed back whole. */
export const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)
export const quoted = (value: string) => JSON.stringify(cut(value))

export const parseId = (value: string, param: string, ids: IdKind): string => {
  const valid = ID_PATTERNS[ids].test(value) && (ids === 'text' || Number(value) <= MAX_SERIAL)
  if (!valid)
    throw badParam(
      param,
      `${quoted(value)} is not an id (${ids === 'number' ? `a whole number 1–${MAX_SERIAL}` : '24 hexadecimal digits'}) / 不是有效的編號`,
    )
  return value
}

/** A parameter given twice is refused: which of the two a server reads is not something to guess. */
export const refuseRepeated = (params: URLSearchParams) => {
  for (const param of new Set(params.keys())) {
    if (!param.startsWith('_') && params.getAll(param).length > 1) throw badParam(param, 'given more than once / 參數重複')
  }
}

export const integer = (value: string, param: string, min: number, max: number): number => {
  if (!/^\d{1,9}$/.test(value)) throw badParam(param, `${quoted(value)} is not a whole number / 須為整數`)
  const number = Number(value)
  if (number < min || number > max) throw badParam(param, `${number} is outside ${min}–${max} / 超出允許範圍 ${min}–${max}`)
  return number
}

/** A comma list of codes, each one of `allowed`. */
export const codes = (field: string, allowed: readonly string[]): Filter => ({
  list: true,
  schema: () => ({ type: 'array', items: { type: 'string', enum: [...allowed] }, minItems: 1 }),
  where: (value, param) => {
    const values = value.split(',').filter(Boolean)
    const unknown = values.filter((code) => !allowed.includes(code))
    if (!values.length || unknown.length) {
      throw badParam(param, `unknown value ${cut(unknown.join(',') || '(empty)')}; allowed: ${allowed.join(', ')} / 取值無效`)
    }
    return { [field]: { in: values } }
  },
})

export const idEquals = (field: string): Filter => ({
  schema: idParamSchema,
  where: (value, param, ids) => ({ [field]: { equals: parseId(value, param, ids) } }),
})

/** An id, or `none` for documents where the relationship is empty (top-level entries, the city-wide catalogue). */
export const idOrNone = (field: string): Filter => ({
  schema: (ids) => ({ anyOf: [idParamSchema(ids), { type: 'string', const: 'none' }] }),
  where: (value, param, ids) => (value === 'none' ? { [field]: { exists: false } } : idEquals(field).where(value, param, ids)),
})

const TOPIC_CODES = TOPIC_CLASSIFICATION.flatMap((parent) => parent.children.map((child) => child.code))
const TOPIC_PARAM_CODES = TOPIC_CLASSIFICATION.flatMap((parent) => [parent.code, ...parent.children.map((child) => child.code)])

/** A first-level topic code selects all its second-level codes; records carry second-level codes. */
export const topic = (field: string): Filter => ({
  list: true,
  schema: () => ({ type: 'array', items: { type: 'string', enum: TOPIC_PARAM_CODES }, minItems: 1 }),
  where: (value, param) => {
    const values = value.split(',').filter(Boolean)
    if (!values.length) throw badParam(param, 'a topic code is required / 請填寫主題分類代碼')
    const expanded = values.flatMap((code) => {
      const matches = TOPIC_CODES.filter((candidate) => candidate === code || (code.length === 2 && candidate.startsWith(code)))
      if (!matches.length) throw badParam(param, `unknown topic code ${cut(code)} / 主題分類代碼無效`)
      return matches
    })
    return { [field]: { in: expanded } }
  },
})

/** Days are China Standard Time days: a record published 00:30 on 1 Jan (UTC+8) belongs to that year. */
const chinaDayStart = (value: string, param: string): Date => {
  const date = DATE.test(value) ? atChinaTime(value, '00:00') : null
  // Round-trip so 2024-02-31 is refused rather than rolled over into March.
  const roundTrip = date && !Number.isNaN(date.getTime()) ? chinaDay(date) : null
  if (!date || roundTrip !== value) {
    throw badParam(param, `${quoted(value)} is not a date (YYYY-MM-DD) / 日期格式應為 YYYY-MM-DD`)
  }
  return date
}

const DAY = 86_400_000

const DATE_SCHEMA = { type: 'string', format: 'date' }

export const dateFrom = (field: string): Filter => ({
  schema: () => DATE_SCHEMA,
  where: (value, param) => ({ [field]: { greater_than_equal: chinaDayStart(value, param).toISOString() } }),
})

export const dateTo = (field: string): Filter => ({
  schema: () => DATE_SCHEMA,
  where: (value, param) => ({ [field]: { less_than: new Date(chinaDayStart(value, param).getTime() + DAY).toISOString() } }),
})

export const MIN_YEAR = 1949
export const MAX_YEAR = 2100

export const year = (field: string): Filter => ({
  schema: () => ({ type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR }),
  where: (value, param) => {
    const y = integer(value, param, MIN_YEAR, MAX_YEAR)
    return {
      and: [
        { [field]: { greater_than_equal: chinaInstant(`${y}-01-01`, '00:00') } },
        { [field]: { less_than: chinaInstant(`${y + 1}-01-01`, '00:00') } },
      ],
    }
  },
})

/** A filter a record definition declares as data, as the checked condition it stands for. */
export const filterOf = (spec: PublicFilter): Filter => {
  switch (spec.kind) {
    case 'codes':
      return codes(spec.field, spec.allowed)
    case 'id':
      return idEquals(spec.field)
    case 'idOrNone':
      return idOrNone(spec.field)
    case 'topic':
      return topic(spec.field)
    case 'dateFrom':
      return dateFrom(spec.field)
    case 'dateTo':
      return dateTo(spec.field)
    case 'year':
      return year(spec.field)
  }
}

/** A record's declared list parameters, filters turned into conditions. */
export const paramSpecOf = (params: PublicListing['params']): ParamSpec => ({
  ...params,
  filters: Object.fromEntries(Object.entries(params.filters).map(([name, spec]) => [name, filterOf(spec)])),
})

/**
 * Reads a public list query. Unknown parameters are refused so a typo never silently widens a result;
 * parameters starting with `_` (cache busters) are ignored.
 */
export const parseListQuery = (params: URLSearchParams, spec: ParamSpec, selectable: string[], ids: IdKind): ListQuery => {
  const query: ListQuery = { where: [], sort: spec.defaultSort, page: 1, limit: DEFAULT_LIMIT, depth: 0 }
  refuseRepeated(params)
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (param === 'page') query.page = integer(value, param, 1, MAX_PAGE)
    else if (param === 'limit') {
      if (/^\d+$/.test(value) && Number(value) > MAX_LIMIT) {
        throw badParam(param, `page size ${value} exceeds the maximum of ${MAX_LIMIT} / 每頁最多 ${MAX_LIMIT} 條`)
      }
      query.limit = integer(value, param, 1, MAX_LIMIT)
    } else if (param === 'depth') query.depth = integer(value, param, 0, MAX_DEPTH)
    else if (param === 'sort') {
      if (!spec.sorts.includes(value))
        throw badParam(param, `cannot sort by ${quoted(value)}; allowed: ${spec.sorts.join(', ')} / 不支持的排序`)
      query.sort = value
    } else if (param === 'select') query.select = parseSelect(value, selectable)
    else if (param === 'catalogue' && spec.filters.catalogue) query.catalogue = parseId(value, param, ids)
    else if (Object.hasOwn(spec.filters, param)) query.where.push(spec.filters[param].where(value, param, ids))
    else if (param === 'where' || param.startsWith('where[')) {
      throw badParam(param, 'the public API takes named filters, not where[]; see /api/openapi.json / 請使用具名篩選參數')
    } else {
      const known = [...COMMON, ...Object.keys(spec.filters)].join(', ')
      throw badParam(param, `unknown parameter; this list takes ${known} / 未知參數`)
    }
  }
  return query
}

export const parseSelect = (value: string, selectable: string[]): string[] => {
  const fields = value.split(',').filter(Boolean)
  const unknown = fields.filter((field) => !selectable.includes(field))
  if (!fields.length || unknown.length) {
    throw badParam('select', `unknown field ${cut(unknown.join(',') || '(empty)')}; selectable: ${selectable.join(', ')} / 字段無效`)
  }
  return fields
}

/** Only `depth` and `select` shape a single document. */
export const parseDetailQuery = (params: URLSearchParams, selectable: string[], defaultDepth: number) => {
  let depth = defaultDepth
  let select: string[] | undefined
  refuseRepeated(params)
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (param === 'depth') depth = integer(value, param, 0, MAX_DEPTH)
    else if (param === 'select') select = parseSelect(value, selectable)
    else throw badParam(param, 'unknown parameter; a single document takes depth and select / 未知參數')
  }
  return { depth, select }
}
