import type { CollectionSlug, Field, RelationshipField } from 'payload'

import { ownDepartmentFieldOnly } from '../../access/predicates.js'
import { label } from '../../core/label.js'

/** Author and last content editor (four eyes, DESIGN §4.2), and the first publication date. */
export const createWorkflowFields = (departmentField: string, usersCollection: CollectionSlug): Field[] => [
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: usersCollection,
    label: label('起草人'),
    access: { read: ownDepartmentFieldOnly(departmentField) },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: usersCollection,
    label: label('最後修改人'),
    access: { read: ownDepartmentFieldOnly(departmentField) },
    admin: { position: 'sidebar', readOnly: true, description: label('最後修改內容的人，不能擔任審查人。') },
  },
  {
    name: 'publishedAt',
    type: 'date',
    label: label('發布日期'),
    index: true,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]

export const createDepartmentField = (name: string, departmentsCollection: CollectionSlug): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: departmentsCollection,
  required: true,
  index: true,
  label: label('發布機構'),
  admin: { position: 'sidebar' },
})
