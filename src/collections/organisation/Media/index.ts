import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { mediaOfOwnDepartments, readMedia } from '../../../access/organisation/media.js'
import { isAnyStaff, nobodyOnField } from '../../../access/predicates.js'
import { invalidField } from '../../../core/errors.js'
import { label } from '../../../core/label.js'
import { withOwnDepartmentChoice } from '../../../fields/organisation/ownDepartmentChoice.js'
import { fileEndpoint } from './fileResponse.js'
import { assignDepartment } from '../../../hooks/organisation/media/assignDepartment.js'
import { auditText } from '../../../hooks/organisation/media/auditText.js'
import { checkUpload } from '../../../hooks/organisation/media/checkUpload.js'
import { keepFileMetadata } from '../../../hooks/organisation/media/keepFileMetadata.js'
import { keepAttachedFiles, lockReviewedFiles } from '../../../hooks/organisation/media/lockReviewedFiles.js'
import { SAFE_MIME_TYPES } from '../../../lib/mediaLimits.js'

export { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_UPLOAD_BYTES, SAFE_MIME_TYPES } from '../../../lib/mediaLimits.js'

/** Alt text is required on images (accessibility), checked once the upload's type is known. */
const requireAltOnImages: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const mimeType = (data.mimeType ?? originalDoc?.mimeType) as string | undefined
  const alt = (data.alt ?? originalDoc?.alt) as string | undefined
  if (mimeType?.startsWith('image/') && !alt?.trim()) {
    throw invalidField(req, collection.slug, 'alt', 'media.altRequired')
  }
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('文件'), plural: label('文件與圖片') },
  admin: { group: label('信息公開'), defaultColumns: ['filename', 'alt', 'department', 'isPublic', 'updatedAt'] },
  defaultSort: '-updatedAt',
  access: {
    read: readMedia,
    create: isAnyStaff,
    update: mediaOfOwnDepartments,
    delete: mediaOfOwnDepartments,
  },
  hooks: {
    beforeOperation: [checkUpload, lockReviewedFiles],
    beforeChange: [keepFileMetadata, assignDepartment, requireAltOnImages],
    afterChange: [auditText],
    beforeDelete: [keepAttachedFiles],
  },
  endpoints: [fileEndpoint],
  upload: {
    staticDir: 'media',
    mimeTypes: SAFE_MIME_TYPES,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 300 },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'wechatCover', width: 900, height: 383, position: 'centre' },
      { name: 'square', width: 300, height: 300, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', label: label('替代文字'), admin: { description: label('圖片必填，供讀屏軟件使用。') } },
    { name: 'caption', type: 'text', label: label('說明') },
    // Not `required` in the schema: rows from before files had departments stay valid (city-wide staff
    // see them until they assign one); department staff must give one (assignDepartment), which is
    // pre-filled only for staff of a single department.
    withOwnDepartmentChoice(
      {
        name: 'department',
        type: 'relationship',
        relationTo: 'departments',
        index: true,
        label: label('所屬機構'),
        admin: { position: 'sidebar', description: label('本機構人員可查看和引用；留空的舊文件僅全市人員可見。') },
      },
      'only',
    ),
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('公開可見'),
      access: { create: nobodyOnField, update: nobodyOnField },
      admin: { readOnly: true, description: label('有公開的記錄引用時自動為真。') },
    },
  ],
}
