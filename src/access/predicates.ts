import type { Access, AccessResult, FieldAccess, PayloadRequest, Where } from 'payload'

import { departmentIdsOf, hasRole, isCityWide, isStaff, worksFor } from './roles.js'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isCityWideStaff: Access = ({ req }) => isCityWide(req.user)

export const isAnyStaff: Access = ({ req }) => isStaff(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false

/** A field nobody reads or writes through the API (the system's own bookkeeping). */
export const nobodyOnField: FieldAccess = () => false

/**
 * The department scope (DESIGN §3 users), the one place it is written: city-wide staff reach everything;
 * other staff what `scope` selects for their departments; anyone else (no role, or no department) `otherwise`.
 */
export const inOwnDepartments = (
  user: PayloadRequest['user'],
  scope: (departmentIds: (number | string)[]) => Where,
  otherwise: AccessResult = false,
): AccessResult => {
  if (isCityWide(user)) return true
  const ids = departmentIdsOf(user)
  return isStaff(user) && ids.length > 0 ? scope(ids) : otherwise
}

/**
 * A field on a department's record that only that department's staff (and city-wide staff) may read.
 * A check with no record at all is a `where`/sort check: staff may filter on the field, and the
 * record's `confineInternalQueries` hook keeps such a query to the rows they may read it on.
 */
export const ownDepartmentFieldOnly =
  (departmentField: string): FieldAccess =>
  ({ data, doc, req }) =>
    doc === undefined && data === undefined ? isStaff(req.user) : worksFor(req.user, doc?.[departmentField])
