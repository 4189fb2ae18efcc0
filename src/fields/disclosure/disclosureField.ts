import type { CollectionSlug, Field, GroupField } from 'payload'

import { ownDepartmentFieldOnly } from '../../access/predicates.js'
import { label, options } from '../../core/label.js'

export const DISCLOSURE_ATTRIBUTES = options([
  ['proactive', '主動公開'],
  ['on_request', '依申請公開'],
  ['not_disclosed', '不予公開'],
])

/** Statutory grounds for withholding (Arts. 14–16 of the 2019 regulation). */
export const WITHHOLDING_GROUNDS = options([
  ['state_secret', '國家秘密（第十四條）'],
  ['prohibited_by_law', '法律、行政法規禁止公開（第十四條）'],
  ['three_securities_one_stability', '危及國家安全、公共安全、經濟安全、社會穩定（第十四條）'],
  ['third_party_rights', '商業秘密、個人隱私等第三方合法權益（第十五條）'],
  ['internal_affairs', '人事管理、後勤管理、內部工作流程（第十六條）'],
  ['process_information', '討論記錄、過程稿、磋商信函、請示報告（第十六條）'],
  ['enforcement_case_file', '行政執法案卷（第十六條）'],
])

/** `disclosure`: the attribute decided at the source (DESIGN §4.1). */
export const createDisclosureField = (departmentField: string, usersCollection: CollectionSlug): GroupField => {
  const internal = { read: ownDepartmentFieldOnly(departmentField) }
  // Required by enforceDisclosureAttribute when they apply, so they carry the mark without a schema `required`.
  const requiredMark = { Label: 'gongkai/client#RequiredFieldLabel' }
  const fields: Field[] = [
    {
      name: 'attribute',
      type: 'radio',
      label: label('公開屬性'),
      options: DISCLOSURE_ATTRIBUTES,
      index: true,
      // Required on every save, drafts included, by enforceDisclosureAttribute: a schema-level `required`
      // would skip drafts and answer GraphQL clients before the rule could name itself.
      admin: { description: label('起草時即須認定，草稿亦然。'), components: requiredMark },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: label('不公開或依申請公開的理由'),
      access: internal,
      admin: { condition: (_, sibling) => Boolean(sibling?.attribute) && sibling.attribute !== 'proactive', components: requiredMark },
    },
    {
      name: 'grounds',
      type: 'select',
      hasMany: true,
      label: label('法定依據'),
      options: WITHHOLDING_GROUNDS,
      access: internal,
      admin: { condition: (_, sibling) => sibling?.attribute === 'not_disclosed', components: requiredMark },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decidedBy',
          type: 'relationship',
          relationTo: usersCollection,
          label: label('認定人'),
          access: internal,
          admin: { readOnly: true },
        },
        {
          name: 'decidedAt',
          type: 'date',
          label: label('認定時間'),
          access: internal,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ]
  return { name: 'disclosure', type: 'group', label: label('公開屬性認定'), fields }
}
