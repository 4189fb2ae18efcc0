import type { CollectionSlug, FieldAccess, GroupField } from 'payload'

import { ownDepartmentFieldOnly, recordOf } from '../../access/predicates.js'
import { worksFor } from '../../access/roles.js'
import { label, options } from '../../core/label.js'

export const REVIEW_STATUSES = options([
  ['pending', '待審查'],
  ['passed', '審查通過'],
  ['rejected', '審查不通過'],
])

export const CONFIRMATION_STATUSES = options([
  ['pending', '待確認'],
  ['confirmed', '已確認'],
  ['disputed', '有異議'],
])

type AskedAgencies = { secrecyReview?: { agencyConfirmations?: { department?: unknown }[] | null } | null }

/** The owning department's staff, and staff of the agencies asked to confirm (they see what they confirm). */
const involvedStaffOnly =
  (departmentField: string): FieldAccess =>
  (args) =>
    Boolean(ownDepartmentFieldOnly(departmentField)(args)) ||
    ((recordOf(args) as AskedAgencies | undefined)?.secrecyReview?.agencyConfirmations ?? []).some((row) =>
      worksFor(args.req.user, row.department),
    )

/** `secrecyReview`: the four-eyes review before anything is public (DESIGN §4.2); never public itself. */
export const createSecrecyReviewField = (
  collectionSlug: string,
  departmentField: string,
  usersCollection: CollectionSlug,
  departmentsCollection: CollectionSlug,
): GroupField => ({
  name: 'secrecyReview',
  type: 'group',
  label: label('保密審查'),
  access: { read: involvedStaffOnly(departmentField) },
  fields: [
    {
      // State, reviewer, time, opinion, history and the agencies' answers in one line (data-review-status).
      name: 'reviewStatus',
      type: 'ui',
      label: label('審查狀態'),
      admin: { components: { Field: 'gongkai/rsc#ReviewStatus' }, disableListColumn: true },
    },
    {
      name: 'status',
      type: 'select',
      label: label('審查結果'),
      options: REVIEW_STATUSES,
      defaultValue: 'pending',
      index: true,
      // A result is given with the workflow's buttons (pass, send back with an opinion), never typed into the form.
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewer',
          type: 'relationship',
          relationTo: usersCollection,
          label: label('審查人'),
          admin: { readOnly: true },
        },
        {
          name: 'reviewedAt',
          type: 'date',
          label: label('審查時間'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // Sent for review by the department (the reviewer's queue); written by the system, cleared by any result or content change.
      type: 'row',
      fields: [
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: usersCollection,
          label: label('送審人'),
          admin: { readOnly: true },
        },
        {
          name: 'submittedAt',
          type: 'date',
          index: true,
          label: label('送審時間'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'opinion', type: 'textarea', label: label('審查意見'), admin: { readOnly: true } },
    {
      // Four eyes from stored history: who changed the content since the last review result.
      name: 'editors',
      type: 'relationship',
      relationTo: usersCollection,
      hasMany: true,
      label: label('上次審查後修改內容的人'),
      admin: { readOnly: true, description: label('這些人不能審查本記錄。') },
    },
    {
      name: 'contentHash',
      type: 'text',
      label: label('審查時內容指紋'),
      admin: { readOnly: true, description: label('審查通過時的內容哈希值；內容一改即須重新審查。') },
    },
    {
      name: 'agencyConfirmations',
      type: 'array',
      // The generated name would pass PostgreSQL's 63-character limit; dbName is global, so keep the slug.
      dbName: `${collectionSlug.replace(/-/g, '_')}_agency_conf`,
      label: label('涉及其他機關的確認（第十一條）'),
      labels: { singular: label('機關確認'), plural: label('機關確認') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: departmentsCollection,
              required: true,
              label: label('機關'),
            },
            {
              name: 'status',
              type: 'select',
              options: CONFIRMATION_STATUSES,
              defaultValue: 'pending',
              required: true,
              label: label('狀態'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'confirmedBy',
              type: 'relationship',
              relationTo: usersCollection,
              label: label('確認人'),
              admin: { readOnly: true },
            },
            {
              name: 'confirmedAt',
              type: 'date',
              label: label('確認時間'),
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        { name: 'note', type: 'textarea', label: label('說明') },
      ],
    },
  ],
})
