import type { CollectionConfig } from 'payload'

import { isCityWideStaff, nobody } from '../../access/predicates.js'
import { departmentIdsOf, isCityWide, isStaff } from '../../access/roles.js'
import { AUDIT_ACTIONS } from '../../hooks/audit.js'
import { refused } from '../../hooks/errors.js'
import { label } from '../../i18n/label.js'

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  attribute_decided: '認定公開屬性',
  attribute_changed: '變更公開屬性',
  review_passed: '保密審查通過',
  review_rejected: '保密審查不通過',
  review_reset: '退回待審查',
  agency_confirmation: '機關確認',
  published: '發布',
  unpublished: '撤回發布',
  scheduled: '定時發布',
  index_number_assigned: '分配索引號',
  deleted: '刪除',
  media_updated: '修改文件說明',
}

/** Append-only: the access functions refuse every API write, and the hooks refuse even the Local API. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('審計記錄'), plural: label('審計日誌') },
  admin: { useAsTitle: 'action', defaultColumns: ['at', 'action', 'targetCollection', 'documentId', 'user'], group: label('系統') },
  defaultSort: '-at',
  access: {
    read: ({ req }) => {
      if (isCityWide(req.user)) return true
      const ids = departmentIdsOf(req.user)
      return isStaff(req.user) && ids.length > 0 ? { department: { in: ids } } : false
    },
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: isCityWideStaff,
  },
  hooks: {
    beforeChange: [
      ({ data, operation }) => {
        if (operation !== 'create') throw refused('審計日誌只能追加，不能修改 / the audit log is append-only: entries cannot be changed')
        return data
      },
    ],
    beforeDelete: [
      () => {
        throw refused('審計日誌只能追加，不能刪除 / the audit log is append-only: entries cannot be deleted')
      },
    ],
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('事項'),
      options: AUDIT_ACTIONS.map((value) => ({ value, label: label(ACTION_LABELS[value]) })),
    },
    { name: 'at', type: 'date', required: true, index: true, label: label('時間'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('操作人') },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: label('集合') },
    { name: 'documentId', type: 'text', required: true, index: true, label: label('記錄') },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: label('機構') },
    { name: 'from', type: 'text', label: label('變更前') },
    { name: 'to', type: 'text', label: label('變更後') },
    { name: 'note', type: 'textarea', label: label('說明') },
  ],
}
