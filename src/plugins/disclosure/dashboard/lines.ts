import type { CollectionConfig, CollectionSlug, PayloadRequest, TypedUser, Where } from 'payload'
import { flattenTopLevelFields } from 'payload'

import { departmentIdsOf, hasRole, idOf, isCityWide, isStaff } from '../../../access/roles.js'
import type { DashboardLine, DashboardQuery } from '../../../core/dashboard.js'
import { label, type Label } from '../../../core/label.js'
import type { ResolvedDisclosureOptions } from '../types.js'
import { byDepartment, idsMatching } from './byDepartment.js'
import {
  changedBy,
  confirmationAskedOf,
  confirmationPending,
  DUE_SOON_WORKING_DAYS,
  inDepartments,
  isDraft,
  isDueSoon,
  isLate,
  isProactive,
  isSubmitted,
  noAttribute,
  notInDepartments,
  notAmong,
  notAuthoredBy,
  reviewIs,
} from './conditions.js'

type Id = number | string

const joined = (first: Label | string, second: Label): Label => ({
  zh: `${typeof first === 'string' ? first : first.zh} · ${second.zh}`,
  'zh-TW': `${typeof first === 'string' ? first : first['zh-TW']} · ${second['zh-TW']}`,
})

const pluralOf = (collection: CollectionConfig): Label | string => {
  const plural = collection.labels?.plural
  return plural && typeof plural === 'object' && 'zh' in plural && 'zh-TW' in plural ? (plural as Label) : collection.slug
}

const isEditor = (user: TypedUser) => hasRole(user, 'editor') && departmentIdsOf(user).length > 0
const isReviewer = (user: TypedUser) => hasRole(user, 'reviewer') && (isCityWide(user) || departmentIdsOf(user).length > 0)
/** Staff of a department are the agency that answers its confirmations (the office does not answer for one). */
const isAgencyStaff = (user: TypedUser) => isStaff(user) && !isCityWide(user) && departmentIdsOf(user).length > 0

/**
 * The record lines of one record collection (DESIGN §4.2, §4.4): for editors, their departments' drafts
 * by review state and deadline; for reviewers, what was sent to them that is not their own work; for
 * a department's staff, the confirmations asked of it; for the office, the city by department.
 */
export const recordLines = (collection: CollectionConfig, options: ResolvedDisclosureOptions): DashboardLine[] => {
  const slug = collection.slug as CollectionSlug
  const department = options.departmentField
  const plural = pluralOf(collection)
  const hasDeadline = flattenTopLevelFields(collection.fields).some((field) => field.name === 'publishBy')
  const query = (conditions: Where[]): DashboardQuery => ({ collection: slug, where: { and: conditions } })
  const own = (user: TypedUser) => inDepartments(department, departmentIdsOf(user))
  const split = (conditions: () => Where[]) => (_user: TypedUser, req: PayloadRequest) => byDepartment(req, options, query(conditions()))

  const editor = joined(plural, label('本機關起草與發布'))
  const editorLine = (id: string, text: string, conditions: () => Where[], extra: Partial<DashboardLine> = {}): DashboardLine => ({
    id: `editor.${id}`,
    group: editor,
    label: label(text),
    appliesTo: isEditor,
    query: (user) => query([own(user), ...conditions()]),
    ...extra,
  })
  const office = joined(plural, label('全市情況（按機關）'))
  const officeLine = (id: string, text: string, conditions: () => Where[]): DashboardLine => ({
    id: `office.${id}`,
    group: office,
    label: label(text),
    appliesTo: isCityWide,
    query: split(conditions),
  })

  return [
    editorLine('noAttribute', '尚未認定公開屬性的草稿', () => [isDraft, noAttribute]),
    editorLine('pendingReview', '已送審、等待保密審查', () => [isDraft, reviewIs('pending'), isSubmitted], { nav: true }),
    editorLine('rejected', '審查未通過、退回修改', () => [isDraft, reviewIs('rejected')], {
      nav: true,
      preview: { limit: 5, titleField: 'title', noteField: 'secrecyReview.opinion' },
    }),
    editorLine('readyToPublish', '審查通過、可以發布', () => [isDraft, reviewIs('passed'), isProactive], { nav: true }),
    ...(hasDeadline
      ? [
          editorLine('dueSoon', `${DUE_SOON_WORKING_DAYS}個工作日內到期、尚未發布`, () => isDueSoon(new Date())),
          editorLine('late', '已過應公開日期、尚未發布', () => isLate(new Date()), { nav: true }),
        ]
      : []),
    {
      id: 'reviewer.waiting',
      group: joined(plural, label('保密審查')),
      label: label('等待我審查'),
      appliesTo: isReviewer,
      nav: true,
      query: async (user, req) => {
        const me = idOf(user) as Id
        const waiting = [...(isCityWide(user) ? [] : [own(user)]), isDraft, reviewIs('pending'), isSubmitted, ...notAuthoredBy(me)]
        const changed = await idsMatching(req, query([...waiting, changedBy(me)]))
        return query([...waiting, ...notAmong(changed)])
      },
    },
    {
      id: 'agency.confirmations',
      group: joined(plural, label('其他機關徵求本機關確認')),
      label: label('待本機關確認'),
      appliesTo: isAgencyStaff,
      nav: true,
      query: (user) => query([...confirmationAskedOf(departmentIdsOf(user)), notInDepartments(department, departmentIdsOf(user))]),
    },
    ...(hasDeadline ? [officeLine('late', '已過應公開日期、尚未發布', () => isLate(new Date()))] : []),
    officeLine('pendingReviews', '已送審、等待保密審查', () => [isDraft, reviewIs('pending'), isSubmitted]),
    officeLine('pendingConfirmations', '等待其他機關確認', () => [confirmationPending]),
  ]
}
