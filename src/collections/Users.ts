import type { Access, CollectionBeforeChangeHook, CollectionConfig, Field, FieldAccess } from 'payload'

import { andAccess } from '../access/compose.js'
import { isAdmin } from '../access/predicates.js'
import { ROLES, hasRole, isCityWide } from '../access/roles.js'
import { label, options } from '../i18n/label.js'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: '系統管理員',
  office: '公開辦（全市）',
  editor: '信息員',
  reviewer: '保密審查員',
}

const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
const adminOnly = { create: adminOnlyField, update: adminOnlyField }

export const staffFields: Field[] = [
  { name: 'name', type: 'text', label: label('姓名') },
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

const selfOrCityWide: Access = ({ req }) => {
  if (!req.user) return false
  return isCityWide(req.user) ? true : { id: { equals: req.user.id } }
}

const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req.user, 'admin') ? true : { id: { equals: req.user.id } }
}

/** Adds staff roles and departments to an existing auth collection, keeping its own rules. */
export const withStaffFields = (users: CollectionConfig): CollectionConfig => {
  const names = new Set(users.fields.map((field) => ('name' in field ? field.name : '')))
  const access = users.access ?? {}
  return {
    ...users,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'departments'], ...users.admin },
    access: {
      ...access,
      read: andAccess(access.read, selfOrCityWide),
      update: andAccess(access.update, selfOrAdmin),
      create: andAccess(access.create, isAdmin),
      delete: andAccess(access.delete, isAdmin),
    },
    hooks: { ...users.hooks, beforeChange: [firstUserIsAdmin, ...(users.hooks?.beforeChange ?? [])] },
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
