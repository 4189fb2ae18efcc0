import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isCityWideStaff, nobodyOnField } from '../../access/predicates.js'
import { refuseDeletingReferenced } from '../../hooks/organisation/refuseDeletingReferenced.js'
import { label, options } from '../../core/label.js'

export const DEPARTMENT_LEVELS = options([
  ['city', '市政府'],
  ['district', '區（市）政府'],
  ['department', '市政府部門'],
  ['town', '鎮（街道）'],
])

/** 機構: public, with the guide contact data that Art. 12 requires every agency to publish. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: label('機構'), plural: label('機構') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'level', 'parent', 'code'], group: label('公開目錄與指南') },
  // The city government, its departments, the districts, the towns ('city' < 'department' < 'district' < 'town').
  defaultSort: 'level,code',
  access: { read: anyone, create: isCityWideStaff, update: isCityWideStaff, delete: isAdmin },
  hooks: {
    beforeDelete: [refuseDeletingReferenced('department.referenced')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('名稱') },
    { name: 'shortName', type: 'text', label: label('簡稱') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('機構代碼'),
      admin: { description: label('統一社會信用代碼或組織機構代碼，用於索引號。') },
      validate: (value: string | null | undefined) =>
        !value || /^[0-9A-Za-z-]{3,32}$/.test(value) || '機構代碼只能包含字母、數字和連字號 / code: letters, digits and hyphens only',
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'department',
      label: label('層級'),
      options: DEPARTMENT_LEVELS,
    },
    { name: 'parent', type: 'relationship', relationTo: 'departments', label: label('上級機構') },
    {
      // Touched under a transaction to queue concurrent index-number assignments (hooks/assignIndexNumber).
      name: 'serialLockedAt',
      type: 'date',
      access: { read: nobodyOnField, create: nobodyOnField, update: nobodyOnField },
      admin: { hidden: true },
    },
    {
      name: 'guide',
      type: 'group',
      label: label('公開指南聯繫信息（第十二條）'),
      fields: [
        { name: 'office', type: 'text', label: label('辦公機構名稱') },
        { name: 'address', type: 'text', label: label('辦公地址') },
        { name: 'hours', type: 'text', label: label('辦公時間') },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('聯繫電話') },
            { name: 'fax', type: 'text', label: label('傳真') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: label('電子郵箱') },
            { name: 'website', type: 'text', label: label('網站') },
          ],
        },
      ],
    },
  ],
}
