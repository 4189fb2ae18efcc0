import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isCityWideStaff } from '../../access/predicates.js'
import { label } from '../../core/label.js'

/** 公開目錄: a tree (parent and breadcrumbs come from the nested-docs plugin); public, like the guide. */
export const CatalogueEntries: CollectionConfig = {
  slug: 'catalogue-entries',
  labels: { singular: label('目錄條目'), plural: label('公開目錄') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'code', 'parent', 'department', 'timeLimit'], group: label('公開目錄與指南') },
  // Codes follow the tree (04, 04-01, 04-02, 05 …).
  defaultSort: 'code',
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
    { name: 'timeLimit', type: 'text', label: label('公開時限'), admin: { placeholder: label('如：形成或變更之日起20個工作日內') } },
    { name: 'order', type: 'number', defaultValue: 0, index: true, label: label('排序') },
    // The nested-docs plugin's own fields, declared here for their labels (the plugin keeps fields it finds).
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'catalogue-entries',
      maxDepth: 1,
      label: label('上級條目'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'breadcrumbs',
      type: 'array',
      label: label('目錄路徑'),
      labels: { singular: label('上級條目'), plural: label('目錄路徑') },
      admin: { readOnly: true },
      fields: [
        { name: 'doc', type: 'relationship', relationTo: 'catalogue-entries', maxDepth: 0, admin: { disabled: true } },
        {
          type: 'row',
          fields: [
            { name: 'url', type: 'text', label: label('路徑'), admin: { width: '50%' } },
            { name: 'label', type: 'text', label: label('名稱'), admin: { width: '50%' } },
          ],
        },
      ],
    },
  ],
}
