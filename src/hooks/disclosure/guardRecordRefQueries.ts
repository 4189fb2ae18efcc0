import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest, Where } from 'payload'
import { refused } from '../../core/errors.js'

import { readableIds } from '../../access/disclosure/readableRecords.js'
import { isCityWide } from '../../access/roles.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { recordJoinTarget } from './recordJoins.js'
import { named } from '../../core/named.js'

type Id = number | string

/** The query paths of relationships to record collections (`validity.replacedBy`, `policies`) and of joins from them (`interpretations`). */
type RefPath = { path: string; target: string; join?: true }

const refPaths = (fields: FlattenedField[], records: ReadonlySet<string>, prefix = '', into: RefPath[] = []): RefPath[] => {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (field.type === 'relationship' && typeof field.relationTo === 'string' && records.has(field.relationTo))
      into.push({ path, target: field.relationTo })
    else if (field.type === 'join' && typeof field.collection === 'string' && records.has(field.collection))
      into.push({ path, target: field.collection, join: true })
    else if ((field.type === 'group' || field.type === 'tab' || field.type === 'array') && 'flattenedFields' in field)
      refPaths(field.flattenedFields, records, `${path}.`, into)
  }
  return into
}

const NOTHING: Where = { and: [{ id: { exists: true } }, { id: { exists: false } }] }

/**
 * A filter on a relationship to records answers whether a record the caller cannot read is linked
 * (`where[validity.replacedBy][equals]=<a draft's id>`): an existence oracle for drafts. For anyone
 * but city-wide staff, `equals` and `in` keep only the ids the caller can read (the public API's
 * `policy` filter is one such), and every other operator, a filter through the link on the linked
 * record's fields, or a sort on those paths is refused; so in a REST `joins` query on records.
 */
export const guardRecordRefQueries = (options: ResolvedDisclosureOptions): CollectionBeforeOperationHook =>
  named('guardRecordRefQueries', async ({ args, collection, operation, req }) => {
    if (
      (operation !== 'read' && operation !== 'count') ||
      isCityWide(req.user) ||
      (args as { overrideAccess?: boolean }).overrideAccess === true
    )
      return args
    const records = new Set<string>(options.collections)
    const query = args as Query & { joins?: Record<string, Query | false> | false }
    const joins = query.joins
      ? Object.fromEntries(
          await Promise.all(
            Object.entries(query.joins).map(async ([path, join]) => {
              const target = recordJoinTarget(collection, path, options.collections)
              const fields = target ? req.payload.collections[target as 'disclosures'].config.flattenedFields : undefined
              return [path, join && fields ? await guard(req, join, refPaths(fields, records)) : join]
            }),
          ),
        )
      : query.joins
    return { ...args, ...(await guard(req, query, refPaths(collection.flattenedFields, records))), joins }
  })

type Query = { where?: Where; sort?: string | string[] }

const guard = async (req: PayloadRequest, query: Query, paths: RefPath[]): Promise<Query> => {
  const sorts = (Array.isArray(query.sort) ? query.sort : query.sort ? String(query.sort).split(',') : []).map((entry) =>
    entry.trim().replace(/^-/, '').replace(/__/g, '.'),
  )
  const sorted = sorts.find((entry) => paths.some(({ path }) => entry === path || entry.startsWith(`${path}.`)))
  if (sorted) throw refused(req, 'query.recordRefSort', { status: 400, field: 'sort' })
  return query.where ? { ...query, where: await rewrite(req, query.where, paths) } : query
}

const rewrite = async (req: PayloadRequest, where: Where, paths: RefPath[]): Promise<Where> => {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = await Promise.all(value.map((inner) => rewrite(req, inner as Where, paths)))
      continue
    }
    // GraphQL spells nested paths with `__` (`validity__replacedBy`).
    const dotted = key.replace(/__/g, '.')
    // A join's filter reads the joining records (`interpretations.title`), drafts and internal fields alike.
    if (paths.some(({ path, join }) => join && (dotted === path || dotted.startsWith(`${path}.`))))
      throw refused(req, 'query.joinFilter', { status: 400, field: `where[${key}]` })
    // Through the link (`policies.title`, `policies.createdBy`) the filter reads the linked record's
    // fields whether or not the caller may read that record, or those fields on it.
    if (paths.some(({ path }) => dotted.startsWith(`${path}.`)))
      throw refused(req, 'query.recordRefFilter', { status: 400, field: `where[${key}]` })
    const ref = paths.find(({ path }) => path === dotted)
    if (!ref) {
      out[key] = value
      continue
    }
    const conditions = Object.entries((value ?? {}) as Record<string, unknown>)
    if (conditions.some(([operator]) => operator !== 'equals' && operator !== 'in'))
      throw refused(req, 'query.recordRefFilter', { status: 400, field: `where[${key}]` })
    const parts: Where[] = []
    for (const [operator, operand] of conditions) {
      const ids = (operator === 'in' ? (Array.isArray(operand) ? operand : String(operand).split(',')) : [operand]) as Id[]
      const visible = await readableIds(req, ref.target, ids)
      const readable = ids.filter((id) => visible.has(String(id)))
      parts.push(readable.length ? { [ref.path]: { in: readable } } : NOTHING)
    }
    out.and = [...((out.and as Where[] | undefined) ?? []), ...parts]
  }
  return out
}
