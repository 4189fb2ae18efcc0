import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isCityWideStaff } from '../../access/predicates.js'
import { label } from '../../core/label.js'

/** 公開目錄: a tree (parent and breadcrumbs come from the nested-docs plugin); public, like the guide. */
export const CatalogueEntries: CollectionConfig = {
  slug: 'catalogue-entries',
  labels: { singular: label('目錄條目'), plural: label('公開目錄') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'code', 'department', 'order'], group: label('公開目錄與指南') },
  defaultSort: 'order',
  access: { read: anyone, create: isCityWideStaff, update: isCityWideStaff, delete: isAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('名稱') },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: label('目錄編碼') },
    { name: 'description', type: 'textarea', label: label('說明') },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: label('所屬機構'),
      admin: { description: label('留空為全市目錄；填寫則為該機構自己的目錄。') },
    },
    { name: 'leadDepartments', type: 'relationship', relationTo: 'departments', hasMany: true, label: label('牽頭單位') },
    { name: 'timeLimit', type: 'text', label: label('公開時限'), admin: { placeholder: '形成或變更之日起20個工作日內' } },
    { name: 'order', type: 'number', defaultValue: 0, index: true, label: label('排序') },
  ],
}
