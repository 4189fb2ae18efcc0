import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { type AuditEntry, writeAudit } from '../../core/audit.js'
import { groupOf } from '../../core/mergedDoc.js'
import { publicationOf } from '../../core/publication.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

type Row = { id?: string; department?: unknown; status?: string; note?: string | null }

const describeDecision = (decision: Record<string, unknown>): string | null => (decision.attribute ? String(decision.attribute) : null)

const decisionNote = (decision: Record<string, unknown>): string | null => {
  const grounds = Array.isArray(decision.grounds) && decision.grounds.length ? `grounds: ${decision.grounds.join(', ')}` : ''
  const reason = decision.reason ? `reason: ${String(decision.reason)}` : ''
  return [reason, grounds].filter(Boolean).join('; ') || null
}

const REVIEW_ACTIONS: Record<string, AuditEntry['action']> = {
  passed: 'review_passed',
  rejected: 'review_rejected',
  pending: 'review_reset',
}

/** Records every decision that matters (DESIGN §3 audit-log) in the save's own transaction. */
export const auditWorkflow = (options: ResolvedDisclosureOptions): CollectionAfterChangeHook =>
  named('auditWorkflow', async ({ collection, doc, operation, previousDoc, req }) => {
    const base = {
      targetCollection: collection.slug,
      documentId: doc.id as number | string,
      department: doc[options.departmentField],
    }
    const entries: AuditEntry[] = []

    const decision = groupOf(doc, 'disclosure')
    const decisionBefore = groupOf(previousDoc, 'disclosure')
    if (operation === 'create' || decision.decidedAt !== decisionBefore.decidedAt) {
      entries.push({
        ...base,
        action: operation === 'create' ? 'attribute_decided' : 'attribute_changed',
        from: operation === 'create' ? null : describeDecision(decisionBefore),
        to: describeDecision(decision),
        note: decisionNote(decision),
      })
    }

    const review = groupOf(doc, 'secrecyReview')
    const reviewBefore = groupOf(previousDoc, 'secrecyReview')
    if (operation === 'update' && (review.status !== reviewBefore.status || review.reviewedAt !== reviewBefore.reviewedAt)) {
      entries.push({
        ...base,
        action: REVIEW_ACTIONS[String(review.status)] ?? 'review_reset',
        from: (reviewBefore.status as string) ?? null,
        to: (review.status as string) ?? null,
        note: (review.opinion as string) ?? null,
      })
    }

    if (review.submittedAt && review.submittedAt !== reviewBefore.submittedAt) {
      entries.push({ ...base, action: 'review_requested', from: null, to: (review.status as string) ?? 'pending', note: null })
    }

    const rowsBefore = (reviewBefore.agencyConfirmations as Row[] | undefined) ?? []
    const rowsAfter = (review.agencyConfirmations as Row[] | undefined) ?? []
    for (const row of rowsAfter) {
      const before = rowsBefore.find((candidate) => candidate.id === row.id)
      if (!before) {
        entries.push({
          ...base,
          action: 'agency_requested',
          agency: row.department,
          from: null,
          to: row.status ?? 'pending',
          note: row.note ?? null,
        })
      } else if ((before.status ?? 'pending') !== row.status || (before.note ?? '') !== (row.note ?? '')) {
        entries.push({
          ...base,
          action: 'agency_confirmation',
          agency: row.department,
          from: before.status ?? null,
          to: row.status ?? null,
          note: row.note ?? null,
        })
      }
    }
    for (const row of rowsBefore.filter((candidate) => !rowsAfter.some((after) => after.id === candidate.id))) {
      entries.push({ ...base, action: 'agency_withdrawn', agency: row.department, from: row.status ?? null, to: null, note: null })
    }

    const change = publicationOf(req, collection.slug, doc.id)
    if (change === 'published' || change === 'unpublished') entries.push({ ...base, action: change, from: null, to: change, note: null })

    for (const entry of entries) await writeAudit(req, options.auditLogCollection, entry)
    return doc
  })

export const auditDeletion = (options: ResolvedDisclosureOptions): CollectionAfterDeleteHook =>
  named('auditDeletion', async ({ collection, doc, req }) => {
    await writeAudit(req, options.auditLogCollection, {
      action: 'deleted',
      targetCollection: collection.slug,
      documentId: doc.id,
      documentTitle: typeof doc.title === 'string' ? doc.title : null,
      department: doc[options.departmentField],
      from: doc._status ?? null,
      to: null,
      note: typeof doc.title === 'string' ? doc.title : null,
    })
    return doc
  })
