import type { CollectionBeforeOperationHook, Where } from 'payload'

import { workedOn } from '../../access/disclosure/recordAccess.js'
import { departmentIdsOf, isCityWide, isStaff } from '../../access/roles.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { recordJoinTarget } from './recordJoins.js'
import { named } from '../../core/named.js'

/** Read by the owning department's staff only (`ownDepartmentFieldOnly`). */
const OWN_DEPARTMENT_PATHS = [
  'createdBy',
  'updatedBy',
  'disclosure.reason',
  'disclosure.grounds',
  'disclosure.decidedBy',
  'disclosure.decidedAt',
]
/** Read by the owning department's staff and the agencies asked to confirm. */
const WORKED_ON_PATHS = ['secrecyReview']

type Query = { where?: Where; sort?: string | string[] }

const NONE: Where = { id: { exists: false } }

const pathsOf = (where: Where | undefined, into: string[] = []): string[] => {
  for (const [key, value] of Object.entries(where ?? {})) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const inner of value) pathsOf(inner as Where, into)
    else into.push(key.replace(/__/g, '.'))
  }
  return into
}

/** The paths a query filters or orders on: an order by a field tells its values as a filter does. */
const queriedPaths = ({ where, sort }: Query): string[] => [
  ...pathsOf(where),
  ...(Array.isArray(sort) ? sort : String(sort ?? '').split(','))
    .map((path) => path.trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean),
]

const touches = (paths: string[], roots: string[]) =>
  paths.some((path) => roots.some((root) => path === root || path.startsWith(`${root}.`)))

/**
 * Department staff may filter and sort on a record's internal fields (review state, author, reason) —
 * the dashboard's lines and the list's filters do — but only among the records they may read those
 * fields on: a filter or an order on another department's public record would tell who wrote it or what
 * its reviewer said. Such a query is confined to their departments' records (and, for the review, the
 * records their departments are asked to confirm); so is a REST `joins` query on another record
 * collection (GraphQL's join fields run their own `find`, through this hook).
 */
export const confineInternalQueries = (options: ResolvedDisclosureOptions): CollectionBeforeOperationHook =>
  named('confineInternalQueries', ({ args, collection, operation, req }) => {
    const query = args as Query & { overrideAccess?: boolean; joins?: Record<string, Query> | false }
    if ((operation !== 'read' && operation !== 'count') || query.overrideAccess === true) return args
    if (isCityWide(req.user)) return args
    // The public may not filter on them (field access) but could sort by them: none of their records qualify.
    const ids = isStaff(req.user) ? departmentIdsOf(req.user) : []
    const scoped = (where: Where): Where => (ids.length > 0 ? where : NONE)
    const confine = (part: Query): Query => {
      const paths = queriedPaths(part)
      const scopes: Where[] = [
        ...(touches(paths, OWN_DEPARTMENT_PATHS) ? [scoped({ [options.departmentField]: { in: ids } })] : []),
        ...(touches(paths, WORKED_ON_PATHS) ? [scoped(workedOn(options.departmentField, ids))] : []),
      ]
      return scopes.length === 0 ? part : { ...part, where: { and: [...(part.where ? [part.where] : []), ...scopes] } }
    }
    const joins = query.joins
      ? Object.fromEntries(
          Object.entries(query.joins).map(([path, join]) => [
            path,
            join && recordJoinTarget(collection, path, options.collections) ? confine(join) : join,
          ]),
        )
      : query.joins
    return { ...args, ...confine(query), joins }
  })
