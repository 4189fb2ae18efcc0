import type { Access, CollectionBeforeChangeHook, CollectionBeforeLoginHook, CollectionConfig, Field, FieldAccess } from 'payload'

import { andAccess } from '../../access/compose.js'
import { isAdmin } from '../../access/predicates.js'
import { ROLES, hasRole, isCityWide } from '../../access/roles.js'
import { refused } from '../../core/errors.js'
import { refuseDeletingReferenced } from '../../hooks/organisation/refuseDeletingReferenced.js'
import { label } from '../../core/label.js'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: '系統管理員',
  office: '公開辦（全市）',
  editor: '信息員',
  reviewer: '保密審查員',
}

const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
const adminOnly = { create: adminOnlyField, update: adminOnlyField }

export const staffFields: Field[] = [
  // The name audit entries keep (with the account): staff cannot rename themselves into a colleague.
  { name: 'name', type: 'text', label: label('姓名'), access: adminOnly },
  {
    name: 'roles',
    type: 'select',
    hasMany: true,
    saveToJWT: true,
    label: label('角色'),
    options: ROLES.map((value) => ({ value, label: label(ROLE_LABELS[value]) })),
    access: adminOnly,
  },
  {
    // A user who has acted is deactivated, never deleted (the audit log keeps naming them).
    name: 'active',
    type: 'checkbox',
    defaultValue: true,
    label: label('賬號啟用'),
    admin: { position: 'sidebar', description: label('停用後不能登錄，也不再有任何角色權限。') },
    access: adminOnly,
  },
  {
    name: 'departments',
    type: 'relationship',
    relationTo: 'departments',
    hasMany: true,
    label: label('所屬機構'),
    admin: { description: label('信息員和審查員只處理這些機構的記錄；系統管理員和公開辦是全市範圍。') },
    access: adminOnly,
  },
]

/** The first account of a fresh installation administers it, unless it was given roles explicitly. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data.roles) && data.roles.length > 0)) return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}

/** A deactivated account cannot sign in; its roles are ignored everywhere else (`rolesOf`). */
const refuseDeactivated: CollectionBeforeLoginHook = ({ req, user }) => {
  if (user?.active === false) throw refused(req, 'user.deactivated')
  return user
}

/** Deactivating an account ends its sessions: an old JWT or refresh token opens nothing afterwards. */
const endSessionsOnDeactivation: CollectionBeforeChangeHook = ({ data }) => {
  if (data.active === false) data.sessions = []
  return data
}

const isActive = (user: unknown) => Boolean(user) && (user as { active?: boolean | null }).active !== false

const selfOrCityWide: Access = ({ req }) => {
  if (!isActive(req.user)) return false
  return isCityWide(req.user) ? true : { id: { equals: req.user?.id } }
}

const selfOrAdmin: Access = ({ req }) => {
  if (!isActive(req.user)) return false
  return hasRole(req.user, 'admin') ? true : { id: { equals: req.user?.id } }
}

/** Adds staff roles and departments to an existing auth collection, keeping its own rules. */
export const withStaffFields = (users: CollectionConfig): CollectionConfig => {
  const names = new Set(users.fields.map((field) => ('name' in field ? field.name : '')))
  const access = users.access ?? {}
  return {
    ...users,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'departments', 'active'], ...users.admin },
    defaultSort: users.defaultSort ?? 'name',
    access: {
      ...access,
      read: andAccess(access.read, selfOrCityWide),
      update: andAccess(access.update, selfOrAdmin),
      create: andAccess(access.create, isAdmin),
      delete: andAccess(access.delete, isAdmin),
    },
    hooks: {
      ...users.hooks,
      beforeChange: [firstUserIsAdmin, ...(users.hooks?.beforeChange ?? []), endSessionsOnDeactivation],
      beforeLogin: [...(users.hooks?.beforeLogin ?? []), refuseDeactivated],
      beforeDelete: [...(users.hooks?.beforeDelete ?? []), refuseDeletingReferenced('user.referenced')],
    },
    fields: [...users.fields, ...staffFields.filter((field) => !('name' in field) || !names.has(field.name))],
  }
}

export const Users: CollectionConfig = withStaffFields({
  slug: 'users',
  labels: { singular: label('用戶'), plural: label('用戶') },
  // Sign-in rules (password policy, throttles in place of Payload's lock, cookies): gongkaiSuitePlugin's withAccountRules.
  auth: { tokenExpiration: 8 * 60 * 60 },
  admin: { group: label('系統') },
  fields: [],
})
