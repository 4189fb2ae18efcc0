import type { CollectionConfig } from 'payload'

import {
  collectMediaRefs,
  mediaRefsField,
  requireVisibleMedia,
  syncMediaVisibility,
  syncMediaVisibilityOnDelete,
} from '../../hooks/records/mediaRefs.js'
import { label, options } from '../../core/label.js'
import { WECHAT_LIMITS } from '../../lib/wechatLimits.js'
import { requirePublicPolicy } from '../../hooks/records/requirePublicPolicy.js'
import { requireReadablePolicies } from '../../hooks/records/requireReadablePolicies.js'

export const INTERPRETATION_FORMS = options([
  ['text', '文字解讀'],
  ['graphic', '圖解'],
  ['video', '視頻解讀'],
  ['qa', '問答'],
  ['interview', '訪談'],
  ['press_conference', '新聞發布會'],
  ['expert', '專家解讀'],
])

const UPLOAD_FIELDS = ['attachments', 'cover']
const RICH_TEXT_FIELDS = ['body']

/** 政策解讀: published with its policy, under the same classification and review as records. */
export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { singular: label('政策解讀'), plural: label('政策解讀') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'form', 'disclosure.attribute', 'secrecyReview.status', '_status', 'updatedAt'],
    group: label('信息公開'),
  },
  // Drafts first, then newest first (one field: see disclosures).
  defaultSort: '_status',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      requireReadablePolicies,
      collectMediaRefs(UPLOAD_FIELDS, RICH_TEXT_FIELDS),
      requireVisibleMedia(UPLOAD_FIELDS, RICH_TEXT_FIELDS),
      requirePublicPolicy,
    ],
    afterChange: [syncMediaVisibility],
    afterDelete: [syncMediaVisibilityOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('標題') },
    {
      name: 'shortTitle',
      type: 'text',
      maxLength: WECHAT_LIMITS.title,
      label: label('新媒體短標題'),
      admin: { description: label(`微信公眾號等新媒體使用，最多${WECHAT_LIMITS.title}字；留空則截取標題。`) },
    },
    {
      name: 'policies',
      type: 'relationship',
      relationTo: 'disclosures',
      hasMany: true,
      required: true,
      index: true,
      label: label('所解讀的政策'),
    },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'select', defaultValue: 'text', index: true, label: label('解讀形式'), options: INTERPRETATION_FORMS },
        { name: 'interpreter', type: 'text', label: label('解讀人') },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: label('發布機構'),
      admin: { position: 'sidebar' },
    },
    { name: 'body', type: 'richText', label: label('正文') },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, label: label('附件') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面圖') },
    mediaRefsField,
  ],
}
