import type { DefaultValue, FilterOptions, RelationshipField } from 'payload'

import { departmentIdsOf, idOf, isCityWide } from '../../access/roles.js'

/** A department user's first department; city-wide staff choose for themselves. */
const firstOwnDepartment: DefaultValue = ({ user }) => (isCityWide(user) ? undefined : departmentIdsOf(user)[0])

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
export const withOwnDepartmentChoice = (field: RelationshipField): RelationshipField => ({
  ...field,
  defaultValue: field.defaultValue ?? firstOwnDepartment,
  filterOptions: field.filterOptions ?? ownDepartmentsOrCurrent(field.name),
})
