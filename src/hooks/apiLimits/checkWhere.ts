import type { Collection, FlattenedField, Payload, Where } from 'payload'

import type { ResolvedApiLimitsOptions } from './options.js'
import { badParameter } from '../../core/errors.js'

/** What a `where` path ends on, as far as the database cares: an id column, a typed column, or anything else. */
type Target =
  | { kind: 'id'; idType: 'number' | 'text'; hasMany: boolean }
  | { kind: FlattenedField['type']; hasMany: boolean; options?: string[] }
  | undefined

const PG_INTEGER_MAX = 2_147_483_647
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const WORD_OPERATORS = new Set(['like', 'not_like'])
const PATTERN_OPERATORS = new Set(['like', 'not_like', 'contains'])
/** Columns a text pattern can be matched against on PostgreSQL (ILIKE on an enum, timestamp, jsonb or boolean is a 500). */
const PATTERN_KINDS = new Set(['text', 'textarea', 'email', 'code', 'id'])

/** A collection by a slug that came from a client or a field config (it may not exist). */
export const collectionOf = (payload: Payload, slug: string): Collection | undefined =>
  (payload.collections as Record<string, Collection | undefined>)[slug]

export const idTypeOf = (payload: Payload, slug: string): 'number' | 'text' =>
  (collectionOf(payload, slug)?.customIDType ?? payload.db.defaultIDType) === 'number' ? 'number' : 'text'

/** Follows a dotted path through groups, arrays and single-collection relationships; unknown paths are Payload's to refuse. */
const resolvePath = (payload: Payload, slug: string, segments: string[]): Target => {
  let fields: FlattenedField[] = collectionOf(payload, slug)?.config.flattenedFields ?? []
  let collection = slug
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]
    const last = index === segments.length - 1
    if (segment === 'id' && !fields.some((field) => field.name === 'id'))
      return last ? { kind: 'id', idType: idTypeOf(payload, collection), hasMany: false } : undefined
    const field = fields.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(field.relationTo)) return undefined
      if (last) return { kind: 'id', idType: idTypeOf(payload, field.relationTo), hasMany }
      collection = field.relationTo
      fields = collectionOf(payload, collection)?.config.flattenedFields ?? []
      continue
    }
    if (last && (field.type === 'select' || field.type === 'radio')) {
      return { kind: field.type, hasMany, options: field.options.map((option) => (typeof option === 'string' ? option : option.value)) }
    }
    if (last) return { kind: field.type, hasMany }
    if (field.type !== 'group' && field.type !== 'array' && field.type !== 'tab') return undefined
    fields = field.flattenedFields
  }
  return undefined
}

/** The target of a path on a collection or on its versions (`version.<field>`, `parent`). */
const targetOf = (payload: Payload, slug: string, path: string): Target => {
  const segments = path.split('.')
  const direct = resolvePath(payload, slug, segments)
  if (direct || segments[0] !== 'version')
    return direct ?? (path === 'parent' ? { kind: 'id', idType: idTypeOf(payload, slug), hasMany: false } : undefined)
  return resolvePath(payload, slug, segments.slice(1))
}

/** Whether a value can be an id of a collection with this id type (PostgreSQL's serial ids are 32-bit). */
export const isIdValue = (value: unknown, idType: 'number' | 'text'): boolean => {
  if (idType === 'text') return typeof value === 'string' || typeof value === 'number'
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^\d{1,10}$/.test(text) && Number(text) <= PG_INTEGER_MAX
}

/** The rule a single scalar value of this target breaks, in both languages, or undefined. */
const problemWith = (target: Target, operator: string, value: unknown): string | undefined => {
  if (value === null || value === 'null' || operator === 'exists') return undefined
  if (target?.kind === 'id') {
    if (operator === 'contains' && typeof value === 'object') return undefined
    return isIdValue(value, target.idType)
      ? undefined
      : target.idType === 'number'
        ? '須為整數編號 / must be an integer id'
        : '須為編號 / must be an id'
  }
  if (typeof value === 'object')
    return target?.kind === 'json' || target?.kind === 'point' ? undefined : '須為單個值 / must be a single value, not an object'
  if (target?.kind === 'number' && !Number.isFinite(Number(value))) return '須為數字 / must be a number'
  if (target?.kind === 'date' && Number.isNaN(Date.parse(String(value)))) return '須為日期 / must be a date (ISO 8601)'
  if ((target?.kind === 'select' || target?.kind === 'radio') && 'options' in target && !target.options?.includes(String(value))) {
    const options = target.options ?? []
    return `須為選項之一 / must be one of ${options.length > 12 ? `the ${options.length} options of the field` : options.join(', ')}`
  }
  if (target?.kind === 'checkbox' && !['true', 'false', true, false].includes(value as string | boolean))
    return '須為 true 或 false / must be true or false'
  return undefined
}

type Budget = { conditions: number; values: number }

const checkCondition = (
  payload: Payload,
  slug: string,
  path: string,
  operators: unknown,
  options: ResolvedApiLimitsOptions,
  budget: Budget,
) => {
  const name = `where[${path}]`
  if (!operators || typeof operators !== 'object' || Array.isArray(operators))
    throw badParameter(name, '條件須為「運算符: 值」 / a condition must be an object of operator: value')
  const target = targetOf(payload, slug, path)
  for (const [operator, raw] of Object.entries(operators as Record<string, unknown>)) {
    const parameter = `${name}[${operator}]`
    budget.conditions += 1
    if (budget.conditions > options.maxWhereConditions)
      throw badParameter('where', `條件過多 / at most ${options.maxWhereConditions} conditions in one where`)
    if (GEO_OPERATORS.has(operator) && target && target.kind !== 'point')
      throw badParameter(parameter, `${operator} 僅用於座標欄位 / ${operator} applies to point fields only`)
    if (GEO_OPERATORS.has(operator)) continue
    if (PATTERN_OPERATORS.has(operator) && target && !PATTERN_KINDS.has(target.kind)) {
      throw badParameter(
        parameter,
        `${operator} 僅用於文本欄位 / ${operator} applies to text fields; use equals or in for ${target.kind} fields`,
      )
    }
    if (target?.kind === 'join' && operator !== 'exists')
      throw badParameter(parameter, `${path} 是反向關聯，請查詢對方集合 / ${path} is a join: query the collection it lists instead`)
    // `all` on a many-valued text or select field is a 500 on SQLite: kept to many-valued relationships, so the adapters agree.
    if (operator === 'all' && target && !(target.kind === 'id' && target.hasMany)) {
      throw badParameter(parameter, 'all 僅用於多值關聯 / all applies to relationships holding many documents')
    }
    const values = LIST_OPERATORS.has(operator) ? (typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [raw]) : [raw]
    if (values.length > options.maxListValues)
      throw badParameter(parameter, `列表值過多 / at most ${options.maxListValues} values in one list`)
    if (!LIST_OPERATORS.has(operator) && Array.isArray(raw))
      throw badParameter(parameter, '須為單個值 / must be a single value, not a list')
    budget.values += values.length
    if (budget.values > options.maxWhereValues)
      throw badParameter('where', `條件值過多 / at most ${options.maxWhereValues} values in one where`)
    for (const value of values) {
      if (typeof value === 'string' && value.length > options.maxValueLength)
        throw badParameter(parameter, `值過長 / a value is at most ${options.maxValueLength} characters`)
      if (WORD_OPERATORS.has(operator) && typeof value === 'string' && value.split(' ').length > options.maxLikeWords) {
        throw badParameter(parameter, `詞數過多 / a ${operator} value is at most ${options.maxLikeWords} words`)
      }
      const problem = problemWith(target, operator, value)
      if (problem) throw badParameter(parameter, `${problem} (got ${JSON.stringify(value).slice(0, 40)})`)
    }
  }
}

/**
 * Refuses a `where` the database would choke on — a value its column cannot hold (`department=abc`:
 * a 500 on both SQL adapters), or more conditions, values or words than one statement takes — with a
 * 400 naming the parameter. Paths Payload does not know are left to Payload, which refuses them itself.
 */
export const checkWhere = (
  payload: Payload,
  slug: string,
  where: unknown,
  options: ResolvedApiLimitsOptions,
  budget: Budget = { conditions: 0, values: 0 },
  depth = 1,
): void => {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw badParameter('where', '須為查詢對象 / where must be an object of conditions')
  if (depth > options.maxWhereDepth) throw badParameter('where', `and/or 嵌套過深 / at most ${options.maxWhereDepth} levels of and/or`)
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [value]
      for (const part of parts) checkWhere(payload, slug, part, options, budget, depth + 1)
    } else {
      checkCondition(payload, slug, key, value, options, budget)
    }
  }
}
