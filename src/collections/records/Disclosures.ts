import type { CollectionConfig } from 'payload'

import { assignIndexNumber } from '../../hooks/records/assignIndexNumber.js'
import {
  collectMediaRefs,
  mediaRefsField,
  requireVisibleMedia,
  syncMediaVisibility,
  syncMediaVisibilityOnDelete,
} from '../../hooks/records/mediaRefs.js'
import { label, options } from '../../core/label.js'
import { WECHAT_LIMITS } from '../../lib/wechatLimits.js'
import type { IndexNumberFormat } from '../../lib/indexNumber.js'
import { topicOptions } from '../../lib/topics.js'
import { auditIndexNumber } from '../../hooks/records/auditIndexNumber.js'
import { computePublishBy } from '../../hooks/records/computePublishBy.js'
import { publishInterpretationsWithPolicy, requireInterpretation } from '../../hooks/records/interpretationsWithPolicy.js'

export const GENRES = options([
  ['resolution', '決議'],
  ['decision', '決定'],
  ['order', '命令（令）'],
  ['communique', '公報'],
  ['announcement', '公告'],
  ['public_notice', '通告'],
  ['opinion', '意見'],
  ['notice', '通知'],
  ['bulletin', '通報'],
  ['report', '報告'],
  ['request', '請示'],
  ['reply', '批覆'],
  ['motion', '議案'],
  ['letter', '函'],
  ['minutes', '紀要'],
  ['plan', '規劃'],
  ['other', '其他'],
])

export const DOCUMENT_KINDS = options([
  ['regulation', '規章'],
  ['normative_document', '行政規範性文件'],
  ['other', '其他'],
])

export const VALIDITY_STATUSES = options([
  ['valid', '有效'],
  ['amended', '已修改'],
  ['repealed', '已廢止'],
  ['expired', '已失效'],
])

const UPLOAD_FIELDS = ['attachments', 'cover']
const RICH_TEXT_FIELDS = ['body']

/** 政府信息: the records themselves (DESIGN §3). The disclosure plugin adds attribute, review and access. */
export const createDisclosures = (formatIndexNumber: IndexNumberFormat): CollectionConfig => ({
  slug: 'disclosures',
  labels: { singular: label('政府信息'), plural: label('政府信息') },
  admin: {
    useAsTitle: 'title',
    // The work first: the state of attribute and review, the deadline and its lateness (publishBy's cell).
    defaultColumns: ['title', 'department', 'disclosure.attribute', 'secrecyReview.status', 'publishBy', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'indexNumber', 'documentNumber'],
    group: label('信息公開'),
  },
  // Drafts first ('draft' < 'published'), then newest first (Payload's fallback). One field only: the list view takes
  // a single default sort, and a draft query prefixes only the first of a comma list with `version.`.
  defaultSort: '_status',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  indexes: [{ fields: ['department', 'writtenAt'] }],
  hooks: {
    beforeChange: [
      assignIndexNumber(formatIndexNumber),
      computePublishBy,
      collectMediaRefs(UPLOAD_FIELDS, RICH_TEXT_FIELDS),
      requireVisibleMedia(UPLOAD_FIELDS, RICH_TEXT_FIELDS),
      requireInterpretation,
    ],
    afterChange: [auditIndexNumber, publishInterpretationsWithPolicy, syncMediaVisibility],
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
      type: 'row',
      fields: [
        {
          name: 'indexNumber',
          type: 'text',
          unique: true,
          index: true,
          label: label('索引號'),
          admin: { readOnly: true, description: label('創建時由系統分配，之後不變。') },
        },
        {
          name: 'documentNumber',
          type: 'text',
          index: true,
          label: label('文號'),
          admin: { placeholder: label('如：青政辦發〔2014〕12號') },
        },
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
    {
      name: 'coIssuers',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      label: label('聯合發文機構'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'writtenAt',
          type: 'date',
          index: true,
          label: label('成文日期'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'publishBy',
          type: 'date',
          label: label('應公開日期'),
          admin: { readOnly: true, date: { displayFormat: 'yyyy-MM-dd' }, description: label('成文日期起20個工作日（條例第二十六條）。') },
        },
        { name: 'publishByProvisional', type: 'checkbox', label: label('暫定（當年節假日安排未發布）'), admin: { readOnly: true } },
        { name: 'publishedLate', type: 'checkbox', index: true, label: label('逾期發布'), admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'select', index: true, label: label('主題分類'), options: topicOptions() },
        { name: 'genre', type: 'select', index: true, label: label('體裁'), options: GENRES },
        { name: 'documentKind', type: 'select', index: true, defaultValue: 'other', label: label('文件類型'), options: DOCUMENT_KINDS },
      ],
    },
    { name: 'keywords', type: 'text', hasMany: true, label: label('主題詞'), admin: { placeholder: label('輸入主題詞後按回車鍵') } },
    { name: 'summary', type: 'textarea', label: label('內容概述') },
    {
      name: 'catalogue',
      type: 'relationship',
      relationTo: 'catalogue-entries',
      hasMany: true,
      required: true,
      index: true,
      label: label('公開目錄'),
    },
    {
      name: 'validity',
      type: 'group',
      label: label('效力'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', defaultValue: 'valid', index: true, label: label('效力狀態'), options: VALIDITY_STATUSES },
            { name: 'effectiveFrom', type: 'date', label: label('生效日期'), admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'effectiveUntil', type: 'date', label: label('失效日期'), admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
        { name: 'replacedBy', type: 'relationship', relationTo: 'disclosures', label: label('被以下文件替代') },
      ],
    },
    { name: 'body', type: 'richText', label: label('正文') },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, label: label('附件') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面圖') },
    { name: 'requiresInterpretation', type: 'checkbox', label: label('須同步發布政策解讀'), admin: { position: 'sidebar' } },
    { name: 'interpretations', type: 'join', collection: 'interpretations', on: 'policies', label: label('政策解讀') },
    mediaRefsField,
  ],
})
