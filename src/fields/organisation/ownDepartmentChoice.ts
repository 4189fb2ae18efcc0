import type { DefaultValue, FilterOptions, RelationshipField } from 'payload'

import { departmentIdsOf, idOf, isCityWide } from '../../access/roles.js'

/**
 * Which department a new document starts with: the user's first (`first`), or only when they have just
 * one (`only`, where a user of several must say which); city-wide staff choose for themselves.
 */
export type DepartmentPrefill = 'first' | 'only'

const ownDepartment =
  (prefill: DepartmentPrefill): DefaultValue =>
  ({ user }) => {
    const ids = departmentIdsOf(user)
    return isCityWide(user) || (prefill === 'only' && ids.length !== 1) ? undefined : ids[0]
  }

/**
 * The user's own departments (city-wide staff: all), and the value the document already holds, so
 * that an asked agency's save validates; whether a department may be set is the hooks' rule.
 */
const ownDepartmentsOrCurrent =
  (name: string): FilterOptions =>
  ({ data, user }) => {
    if (isCityWide(user)) return true
    const current = idOf(data?.[name])
    const ids = [...departmentIdsOf(user), ...(current === undefined ? [] : [current])]
    return ids.length > 0 ? { id: { in: ids } } : false
  }

/** A department field pre-filled with the user's department and offering only their own. */
export const withOwnDepartmentChoice = (field: RelationshipField, prefill: DepartmentPrefill = 'first'): RelationshipField => ({
  ...field,
  defaultValue: field.defaultValue ?? ownDepartment(prefill),
  filterOptions: field.filterOptions ?? ownDepartmentsOrCurrent(field.name),
})
