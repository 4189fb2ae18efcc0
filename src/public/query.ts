import type { Where } from 'payload'

import { chinaInstant } from '../lib/chinaTime.js'
import { TOPIC_CLASSIFICATION } from '../lib/topicClassification.js'
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

export type ParamSpec = {
  /** Filters this collection accepts, each turning a raw value into a condition. */
  filters: Record<string, (value: string, param: string) => Where>
  sorts: string[]
  defaultSort: string
}

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
export const MAX_DEPTH = 2

const COMMON = new Set(['page', 'limit', 'sort', 'depth', 'select'])

const ID = /^[0-9a-zA-Z-]{1,64}$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const parseId = (value: string, param: string): string => {
  if (!ID.test(value)) throw badParam(param, `"${value}" is not an id / 不是有效的編號`)
  return value
}

export const integer = (value: string, param: string, min: number, max: number): number => {
  if (!/^\d{1,9}$/.test(value)) throw badParam(param, `"${value}" is not a whole number / 須為整數`)
  const number = Number(value)
  if (number < min || number > max) throw badParam(param, `${number} is outside ${min}–${max} / 超出允許範圍 ${min}–${max}`)
  return number
}

/** A comma list of codes, each one of `allowed`. */
export const codes =
  (field: string, allowed: readonly string[]) =>
  (value: string, param: string): Where => {
    const values = value.split(',').filter(Boolean)
    const unknown = values.filter((code) => !allowed.includes(code))
    if (!values.length || unknown.length) {
      throw badParam(param, `unknown value ${unknown.join(',') || '(empty)'}; allowed: ${allowed.join(', ')} / 取值無效`)
    }
    return { [field]: { in: values } }
  }

export const idEquals =
  (field: string) =>
  (value: string, param: string): Where => ({ [field]: { equals: parseId(value, param) } })

const TOPIC_CODES = TOPIC_CLASSIFICATION.flatMap((parent) => parent.children.map((child) => child.code))

/** A first-level topic code selects all its second-level codes; records carry second-level codes. */
export const topic = (field: string) => (value: string, param: string): Where => {
  const values = value.split(',').filter(Boolean)
  const expanded = values.flatMap((code) => {
    const matches = TOPIC_CODES.filter((candidate) => candidate === code || (code.length === 2 && candidate.startsWith(code)))
    if (!matches.length) throw badParam(param, `unknown topic code ${code} / 主題分類代碼無效`)
    return matches
  })
  return { [field]: { in: expanded } }
}

/** Days are China Standard Time days: a record published 00:30 on 1 Jan (UTC+8) belongs to that year. */
const chinaDayStart = (value: string, param: string): Date => {
  const date = DATE.test(value) ? new Date(`${value}T00:00:00+08:00`) : null
  // Round-trip so 2024-02-31 is refused rather than rolled over into March.
  const roundTrip = date && !Number.isNaN(date.getTime()) ? new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null
  if (!date || roundTrip !== value) {
    throw badParam(param, `"${value}" is not a date (YYYY-MM-DD) / 日期格式應為 YYYY-MM-DD`)
  }
  return date
}

const DAY = 86_400_000

export const dateFrom = (field: string) => (value: string, param: string): Where => ({
  [field]: { greater_than_equal: chinaDayStart(value, param).toISOString() },
})

export const dateTo = (field: string) => (value: string, param: string): Where => ({
  [field]: { less_than: new Date(chinaDayStart(value, param).getTime() + DAY).toISOString() },
})

export const year = (field: string) => (value: string, param: string): Where => {
  const y = integer(value, param, 1949, 2100)
  return {
    and: [
      { [field]: { greater_than_equal: chinaInstant(`${y}-01-01`, '00:00') } },
      { [field]: { less_than: chinaInstant(`${y + 1}-01-01`, '00:00') } },
    ],
  }
}

/**
 * Reads a public list query. Unknown parameters are refused so a typo never silently widens a result;
 * parameters starting with `_` (cache busters) are ignored.
 */
export const parseListQuery = (params: URLSearchParams, spec: ParamSpec, selectable: string[]): ListQuery => {
  const query: ListQuery = { where: [], sort: spec.defaultSort, page: 1, limit: DEFAULT_LIMIT, depth: 0 }
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (params.getAll(param).length > 1) throw badParam(param, 'given more than once / 參數重複')
    if (param === 'page') query.page = integer(value, param, 1, 1_000_000)
    else if (param === 'limit') {
      if (/^\d+$/.test(value) && Number(value) > MAX_LIMIT) {
        throw badParam(param, `page size ${value} exceeds the maximum of ${MAX_LIMIT} / 每頁最多 ${MAX_LIMIT} 條`)
      }
      query.limit = integer(value, param, 1, MAX_LIMIT)
    } else if (param === 'depth') query.depth = integer(value, param, 0, MAX_DEPTH)
    else if (param === 'sort') {
      if (!spec.sorts.includes(value)) throw badParam(param, `cannot sort by "${value}"; allowed: ${spec.sorts.join(', ')} / 不支持的排序`)
      query.sort = value
    } else if (param === 'select') query.select = parseSelect(value, selectable)
    else if (param === 'catalogue' && spec.filters.catalogue) query.catalogue = parseId(value, param)
    else if (spec.filters[param]) query.where.push(spec.filters[param](value, param))
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
    throw badParam('select', `unknown field ${unknown.join(',') || '(empty)'}; selectable: ${selectable.join(', ')} / 字段無效`)
  }
  return fields
}

/** Only `depth` and `select` shape a single document. */
export const parseDetailQuery = (params: URLSearchParams, selectable: string[], defaultDepth: number) => {
  let depth = defaultDepth
  let select: string[] | undefined
  for (const [param, value] of params) {
    if (param.startsWith('_')) continue
    if (param === 'depth') depth = integer(value, param, 0, MAX_DEPTH)
    else if (param === 'select') select = parseSelect(value, selectable)
    else throw badParam(param, 'unknown parameter; a single document takes depth and select / 未知參數')
  }
  return { depth, select }
}
