import type { AccessResult, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, CollectionSlug, Where } from 'payload'

import { inOwnDepartments, isCityWideStaff, nobody } from '../../access/predicates.js'
import { AUDIT_ACTIONS, AUDIT_LOG_SLUG } from '../../core/audit.js'
import { refused } from '../../core/errors.js'
import { label } from '../../core/label.js'

export const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  attribute_decided: '認定公開屬性',
  attribute_changed: '變更公開屬性',
  review_requested: '送交保密審查',
  review_passed: '保密審查通過',
  review_rejected: '保密審查不通過',
  review_reset: '退回待審查',
  agency_requested: '徵求機關確認',
  agency_withdrawn: '撤回機關確認請求',
  agency_confirmation: '機關確認',
  published: '發布',
  unpublished: '撤回發布',
  scheduled: '定時發布',
  index_number_assigned: '分配索引號',
  media_updated: '修改文件說明',
  deleted: '刪除',
}

const refuseChangingEntries: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') throw refused(req, 'audit.appendOnlyUpdate')
  return data
}

const refuseDeletingEntries: CollectionBeforeDeleteHook = ({ req }) => {
  throw refused(req, 'audit.appendOnlyDelete')
}

/**
 * Append-only: the access functions refuse every API write, and the hooks refuse even the Local API.
 * `usersSlug` is the app's auth collection (`admin.user`), which the entries name.
 */
export const createAuditLog = (usersSlug: CollectionSlug): CollectionConfig => ({
  slug: AUDIT_LOG_SLUG,
  labels: { singular: label('審計記錄'), plural: label('審計日誌') },
  // Readable without opening anything: the record's kind and title, who and where as they were at the time.
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['at', 'action', 'targetCollection', 'documentTitle', 'userName', 'departmentName'],
    group: label('系統'),
  },
  defaultSort: '-at',
  access: {
    // An agency asked to confirm (Art. 11) also reads the entries about its own answers.
    read: ({ req }): AccessResult =>
      inOwnDepartments(req.user, (ids) => ({ or: [{ department: { in: ids } } as Where, { agency: { in: ids } }] })),
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: isCityWideStaff,
  },
  hooks: {
    beforeChange: [refuseChangingEntries],
    beforeDelete: [refuseDeletingEntries],
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
    // Who and where as written at the time: the relationships stay (users and departments that anything
    // refers to cannot be deleted), and the snapshots keep what they said then.
    { name: 'user', type: 'relationship', relationTo: usersSlug, label: label('操作人') },
    {
      type: 'row',
      fields: [
        { name: 'userName', type: 'text', label: label('操作人姓名（當時）') },
        { name: 'userEmail', type: 'text', label: label('操作人賬號（當時）') },
      ],
    },
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      index: true,
      label: label('類別'),
      admin: { components: { Cell: 'gongkai/client#CollectionLabelCell' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'documentId', type: 'text', required: true, index: true, label: label('記錄編號') },
        { name: 'documentTitle', type: 'text', label: label('記錄標題（當時）') },
      ],
    },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: label('機構') },
    {
      type: 'row',
      fields: [
        { name: 'departmentCode', type: 'text', label: label('機構代碼（當時）') },
        { name: 'departmentName', type: 'text', label: label('機構名稱（當時）') },
      ],
    },
    { name: 'agency', type: 'relationship', relationTo: 'departments', index: true, label: label('被徵求意見的機關') },
    {
      type: 'row',
      fields: [
        { name: 'agencyCode', type: 'text', label: label('機關代碼（當時）') },
        { name: 'agencyName', type: 'text', label: label('機關名稱（當時）') },
      ],
    },
    { name: 'from', type: 'text', label: label('變更前') },
    { name: 'to', type: 'text', label: label('變更後') },
    { name: 'note', type: 'textarea', label: label('說明') },
  ],
})
