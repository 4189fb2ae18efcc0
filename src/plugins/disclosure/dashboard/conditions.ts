import type { Where } from 'payload'

import { addDays, atChinaTime, chinaDay } from '../../../lib/chinaDate.js'
import { chineseDaysHolidayData } from '../../../lib/holidayData.js'
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../lib/workingDays.js'

/** A record not yet published whose deadline falls within this many working days from today is "due soon". */
export const DUE_SOON_WORKING_DAYS = 5

type Id = number | string

/**
 * The conditions the record lines are made of, each one path and one operator, so the list the line
 * links to shows them in its filter. `_status` is the newest version's (the list reads drafts).
 */
export const isDraft: Where = { _status: { equals: 'draft' } }
export const reviewIs = (status: 'pending' | 'passed' | 'rejected'): Where => ({ 'secrecyReview.status': { equals: status } })
/** Sent for review by the department (the submit action), and no result since. */
export const isSubmitted: Where = { 'secrecyReview.submittedAt': { exists: true } }
export const isProactive: Where = { 'disclosure.attribute': { equals: 'proactive' } }
export const noAttribute: Where = { 'disclosure.attribute': { exists: false } }
export const neverPublished: Where = { publishedAt: { exists: false } }
export const inDepartments = (field: string, ids: Id[]): Where => ({ [field]: { in: ids } })
export const notInDepartments = (field: string, ids: Id[]): Where => ({ [field]: { not_in: ids } })
export const inDepartment = (field: string, id: Id): Where => ({ [field]: { equals: id } })

/** Four eyes (DESIGN §4.2), first part: not the author and not the last editor. */
export const notAuthoredBy = (userId: Id): Where[] => [{ createdBy: { not_equals: userId } }, { updatedBy: { not_equals: userId } }]
/**
 * Whether the user changed the content since the last pass. Its negation cannot be a condition on the
 * hasMany `secrecyReview.editors`: on the SQL adapters `not_in` matches a record as soon as one other
 * editor is listed, so the records it matches are excluded by id instead.
 */
export const changedBy = (userId: Id): Where => ({ 'secrecyReview.editors': { in: [userId] } })
export const notAmong = (ids: Id[]): Where[] => (ids.length > 0 ? [{ id: { not_in: ids } }] : [])

/** An agency confirmation asked of one of these departments and not yet answered (one row matches both). */
export const confirmationAskedOf = (ids: Id[]): Where[] => [
  { 'secrecyReview.agencyConfirmations.department': { in: ids } },
  { 'secrecyReview.agencyConfirmations.status': { equals: 'pending' } },
]
export const confirmationPending: Where = { 'secrecyReview.agencyConfirmations.status': { equals: 'pending' } }

let calendar: WorkingDayCalendar | undefined

/** `publishBy` is stored at noon China time on its day: a day's bounds are its China midnights. */
const deadlineBounds = (now: Date) => {
  calendar ??= createWorkingDayCalendar(chineseDaysHolidayData())
  const today = chinaDay(now)
  const lastDueSoon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date
  return {
    today: atChinaTime(today, '00:00').toISOString(),
    afterDueSoon: atChinaTime(addDays(lastDueSoon, 1), '00:00').toISOString(),
  }
}

/** Proactive, never published, and its Art. 26 day (DESIGN §4.4) before today in China. */
export const isLate = (now: Date): Where[] => [isProactive, neverPublished, { publishBy: { less_than: deadlineBounds(now).today } }]

/** Proactive, never published, and its Art. 26 day today or within `DUE_SOON_WORKING_DAYS` working days. */
export const isDueSoon = (now: Date): Where[] => {
  const bounds = deadlineBounds(now)
  return [
    isProactive,
    neverPublished,
    { publishBy: { greater_than_equal: bounds.today } },
    { publishBy: { less_than: bounds.afterDueSoon } },
  ]
}
