import type { CollectionBeforeOperationHook, Where } from 'payload'

import { workedOn } from '../../access/disclosure/recordAccess.js'
import { departmentIdsOf, isCityWide, isStaff } from '../../access/roles.js'
import type { ResolvedDisclosureOptions } from './options.js'
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

const pathsOf = (where: Where, into: string[] = []): string[] => {
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const inner of value) pathsOf(inner as Where, into)
    else into.push(key.replace(/__/g, '.'))
  }
  return into
}

const touches = (paths: string[], roots: string[]) =>
  paths.some((path) => roots.some((root) => path === root || path.startsWith(`${root}.`)))

/**
 * Department staff may filter on a record's internal fields (review state, author, reason) — the
 * dashboard's lines and the list's filters do — but only among the records they may read those fields
 * on: a filter on another department's public record would tell who wrote it or what its reviewer
 * said. Such a query is confined to their departments' records (and, for the review, the records their
 * departments are asked to confirm). Sorting was never checked against field access and is left as it is.
 */
export const confineInternalQueries = (options: ResolvedDisclosureOptions): CollectionBeforeOperationHook =>
  named('confineInternalQueries', ({ args, operation, req }) => {
    const query = args as { where?: Where; overrideAccess?: boolean }
    if ((operation !== 'read' && operation !== 'count') || query.overrideAccess === true || !query.where) return args
    if (!isStaff(req.user) || isCityWide(req.user)) return args
    const paths = pathsOf(query.where)
    const ids = departmentIdsOf(req.user)
    const scopes: Where[] = [
      ...(touches(paths, OWN_DEPARTMENT_PATHS) ? [{ [options.departmentField]: { in: ids } }] : []),
      ...(touches(paths, WORKED_ON_PATHS) ? [workedOn(options.departmentField, ids)] : []),
    ]
    if (scopes.length === 0) return args
    return { ...args, where: { and: [query.where, ...scopes] } }
  })
