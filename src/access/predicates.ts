import type { Access, AccessResult, FieldAccess, FieldAccessArgs, PayloadRequest, Where } from 'payload'

import { createsRecords, departmentIdsOf, hasRole, isCityWide, isStaff, worksFor } from './roles.js'

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

type RecordFields = Record<string, unknown>

/**
 * The record a field-read check is about. API reads (afterRead) pass the stored `doc` with its
 * `siblingData`; the admin's form-state builder passes only `data` (the form's values) and document
 * permissions pass `doc: data` with no siblings. Where-query and distinct checks pass neither.
 */
export const recordOf = ({ data, doc }: FieldAccessArgs): RecordFields | undefined => (doc ?? data) as RecordFields | undefined

/**
 * A record still being filled in, in the admin: no id anywhere and not an API read of a stored row
 * (a version or a `select` read may lack the id and the department, and stays unreadable).
 */
const isNewRecord = (args: FieldAccessArgs): boolean => {
  const record = recordOf(args)
  const storedRead = args.doc !== undefined && args.siblingData !== undefined
  return record !== undefined && !storedRead && args.id === undefined && record.id === undefined
}

/**
 * A field on a department's record that only that department's staff (and city-wide staff) may read.
 * A new record with no department yet is the form of whoever may create records. A check with no record
 * at all is a `where`/sort check: staff may filter on the field, and the record's `confineInternalQueries`
 * hook keeps such a query to the rows they may read it on.
 */
export const ownDepartmentFieldOnly =
  (departmentField: string): FieldAccess =>
  (args) => {
    const record = recordOf(args)
    if (record === undefined) return isStaff(args.req.user)
    const department = record[departmentField]
    if (department == null && isNewRecord(args)) return createsRecords(args.req.user)
    return worksFor(args.req.user, department)
  }
