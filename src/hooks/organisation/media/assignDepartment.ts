import type { CollectionBeforeChangeHook } from 'payload'

import { departmentIdsOf, idOf, isCityWide, isStaff, sameId } from '../../../access/roles.js'
import { invalidField } from '../../../core/errors.js'

/**
 * A file belongs to a department. Department staff must give one of their own (their only department is
 * the default); city-wide staff may give any, or none. Calls without a user (seed, jobs) are the
 * system's own and keep what they send.
 */
export const assignDepartment: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (!isStaff(req.user) || isCityWide(req.user)) return data
  const own = departmentIdsOf(req.user)
  if (operation === 'create' && idOf(data.department) === undefined && own.length === 1) data.department = own[0]
  const sent = 'department' in data
  const department = idOf(sent ? data.department : originalDoc?.department)
  if (department === undefined) {
    throw invalidField(req, collection.slug, 'department', 'media.departmentRequired')
  }
  if (sent && !own.some((id) => sameId(id, department))) {
    throw invalidField(req, collection.slug, 'department', 'media.departmentNotOwn')
  }
  return data
}
