import type { Access, FieldAccess } from 'payload'

import { hasRole, isCityWide, isStaff, worksFor } from './roles.js'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isCityWideStaff: Access = ({ req }) => isCityWide(req.user)

export const isAnyStaff: Access = ({ req }) => isStaff(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false

/** A field on a department's record that only that department's staff (and city-wide staff) may read. */
export const ownDepartmentFieldOnly =
  (departmentField: string): FieldAccess =>
  ({ doc, req }) =>
    isCityWide(req.user) || (isStaff(req.user) && worksFor(req.user, doc?.[departmentField]))
