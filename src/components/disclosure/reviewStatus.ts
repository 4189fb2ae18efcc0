import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { idOf } from '../../access/roles.js'
import { AUDIT_LOG_SLUG, type AuditAction } from '../../core/audit.js'
import { formatChinaDateTime } from '../../lib/chinaDate.js'

type Id = number | string
type ReviewStatus = 'pending' | 'passed' | 'rejected'
type ConfirmationStatus = 'pending' | 'confirmed' | 'disputed'

/** The stored review group as the form has it (relationships at depth 0). */
export type StoredReview = {
  status?: ReviewStatus | null
  reviewedAt?: string | null
  opinion?: string | null
  agencyConfirmations?:
    { department?: unknown; status?: ConfirmationStatus | null; confirmedAt?: string | null; note?: string | null }[] | null
}

type Entry = { action: AuditAction; at: string; userName?: string | null; agency?: unknown; note?: string | null }

export type HistoryLine = { action: AuditAction; at: string; who: string; note: string }

export type ConfirmationLine = { department: string; status: ConfirmationStatus; who: string; at: string; note: string }

export type ReviewStatusView = {
  status: ReviewStatus
  reviewer: string
  at: string
  opinion: string
  history: HistoryLine[]
  confirmations: ConfirmationLine[]
}

const REVIEW_RESULTS: AuditAction[] = ['review_passed', 'review_rejected']
const HISTORY_ACTIONS: AuditAction[] = [
  'review_passed',
  'review_rejected',
  'review_reset',
  'agency_requested',
  'agency_withdrawn',
  'agency_confirmation',
]

/**
 * What the review status line shows, read as the user (`overrideAccess: false`): the stored review, and
 * from this record's audit entries who decided and the history of opinions. Names are the audit log's
 * (as written at the time): staff may not read other accounts, but they read their departments' entries.
 */
export const loadReviewStatus = async (
  req: PayloadRequest,
  collection: string,
  id: Id | undefined,
  review: StoredReview | null | undefined,
): Promise<ReviewStatusView> => {
  const entries: Entry[] =
    id === undefined
      ? []
      : ((
          await req.payload.find({
            collection: AUDIT_LOG_SLUG,
            where: {
              and: [
                { targetCollection: { equals: collection } },
                { documentId: { equals: String(id) } },
                { action: { in: HISTORY_ACTIONS } },
              ],
            } as Where,
            sort: 'at',
            depth: 0,
            limit: 200,
            overrideAccess: false,
            user: req.user,
            req,
          })
        ).docs as unknown as Entry[])
  const rows = review?.agencyConfirmations ?? []
  const departmentIds = rows.map((row) => idOf(row.department)).filter((value): value is Id => value !== undefined)
  const departments = departmentIds.length
    ? await req.payload.find({
        collection: 'departments' as CollectionSlug,
        where: { id: { in: departmentIds } },
        depth: 0,
        limit: departmentIds.length,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  const nameOf = new Map(departments.docs.map((doc) => [String(doc.id), String((doc as { name?: string }).name ?? doc.id)]))
  const status = review?.status ?? 'pending'
  const decision = [...entries].reverse().find((entry) => REVIEW_RESULTS.includes(entry.action))
  return {
    status,
    reviewer: status === 'pending' ? '' : (decision?.userName ?? ''),
    at: status === 'pending' ? '' : formatChinaDateTime(review?.reviewedAt),
    opinion: review?.opinion ?? '',
    history: entries.map((entry) => ({
      action: entry.action,
      at: formatChinaDateTime(entry.at),
      who: entry.userName ?? '',
      note: entry.note ?? '',
    })),
    confirmations: rows.map((row) => {
      const department = idOf(row.department)
      const answer = [...entries]
        .reverse()
        .find((entry) => entry.action === 'agency_confirmation' && String(idOf(entry.agency)) === String(department))
      const answered = (row.status ?? 'pending') !== 'pending'
      return {
        department: nameOf.get(String(department)) ?? '',
        status: row.status ?? 'pending',
        who: answered ? (answer?.userName ?? '') : '',
        at: answered ? formatChinaDateTime(row.confirmedAt) : '',
        note: row.note ?? '',
      }
    }),
  }
}
