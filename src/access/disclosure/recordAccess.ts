import type { Access, Where } from 'payload'

import { inOwnDepartments } from '../predicates.js'
import { createsRecords, departmentIdsOf, hasRole } from '../roles.js'
import { publicRecordsOnly } from './publicRecords.js'

/**
 * Records a user works on: their departments' own, and those their departments are asked to confirm
 * (Art. 11). `prefix` is `version.` for the versions table.
 */
export const workedOn = (departmentField: string, ids: (number | string)[], prefix = ''): Where => ({
  or: [{ [`${prefix}${departmentField}`]: { in: ids } }, { [`${prefix}secrecyReview.agencyConfirmations.department`]: { in: ids } }],
})

/** Anyone reads public records; staff also read what their departments work on; city-wide staff read all. */
export const readRecords =
  (departmentField: string): Access =>
  ({ req }) =>
    inOwnDepartments(req.user, (ids) => ({ or: [workedOn(departmentField, ids), publicRecordsOnly()] }), publicRecordsOnly())

/** Versions (drafts and history) are for staff only, within their departments. */
export const readRecordVersions =
  (departmentField: string): Access =>
  ({ req }) =>
    inOwnDepartments(req.user, (ids) => workedOn(departmentField, ids, 'version.'))

/** Editors create records; the department they may create for is checked by the record's hooks. */
export const createRecords: Access = ({ req }) => createsRecords(req.user)

/** Staff change what their departments work on; what exactly they may change is decided by the hooks. */
export const updateRecords =
  (departmentField: string): Access =>
  ({ req }) =>
    inOwnDepartments(req.user, (ids) => workedOn(departmentField, ids))

/** Only never-published records may be deleted (published ones are repealed instead): by admins, the office, or the department's editors. */
export const deleteNeverPublished =
  (departmentField: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    const neverPublished: Where = { publishedAt: { exists: false } }
    if (hasRole(req.user, 'office')) return neverPublished
    const ids = departmentIdsOf(req.user)
    if (!hasRole(req.user, 'editor') || ids.length === 0) return false
    return { and: [{ [departmentField]: { in: ids } }, neverPublished] }
  }
