import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAnyStaff, isCityWideStaff } from '../../access/predicates.js'
import { isStaff } from '../../access/roles.js'
import { invalidField } from '../../hooks/errors.js'
import { label } from '../../i18n/label.js'

/** Images, PDF and office documents only: no SVG, HTML or scripts that a browser would run. */
export const SAFE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/ofd',
]

/** Upload size limit, enforced by the server config (`upload.limits.fileSize`). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/** Alt text is required on images (accessibility), checked once the upload's type is known. */
const requireAltOnImages: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  const mimeType = (data.mimeType ?? originalDoc?.mimeType) as string | undefined
  const alt = (data.alt ?? originalDoc?.alt) as string | undefined
  if (mimeType?.startsWith('image/') && !alt?.trim()) {
    throw invalidField(collection.slug, 'alt', '圖片須填寫替代文字 / images need alt text for screen readers')
  }
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('文件'), plural: label('文件與圖片') },
  admin: { group: label('信息公開'), defaultColumns: ['filename', 'alt', 'mimeType', 'isPublic'] },
  access: {
    // Staff see every file; the public only files that a public record uses (kept by the records' hooks).
    read: ({ req }) => (isStaff(req.user) ? true : { isPublic: { equals: true } }),
    create: isAnyStaff,
    update: isAnyStaff,
    delete: isCityWideStaff,
  },
  hooks: { beforeChange: [requireAltOnImages] },
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
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('公開可見'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, description: label('有公開的記錄引用時自動為真。') },
    },
  ],
}
