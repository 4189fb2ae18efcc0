import type { CollectionSlug, PayloadRequest } from 'payload'

import { invalidField, refused } from '../../../core/errors.js'
import { groupOf } from '../../../core/mergedDoc.js'
import { awaitsSubmission, confirmationsOf } from '../../../core/reviewRules.js'
import { confirmationRowFor, markSubmitting, type WorkflowAction } from '../../../core/workflow.js'

type Doc = Record<string, unknown>
type Body = { opinion?: string; department?: number | string }

/** What one action writes: the data and whether it is a draft save, or a refusal of the record's state. */
type Step = { data: Doc; draft: boolean }

const opinionOf = (req: PayloadRequest, slug: string, body: Body, path: string): string => {
  const opinion = typeof body.opinion === 'string' ? body.opinion.trim() : ''
  if (!opinion) throw invalidField(req, slug, path, 'workflow.opinionRequired')
  return opinion
}

const review = (req: PayloadRequest, slug: string, doc: Doc, body: Body, status: 'passed' | 'rejected'): Step => {
  if ((groupOf(doc, 'secrecyReview').status ?? 'pending') !== 'pending') throw refused(req, 'workflow.notPending', { status: 409 })
  const opinion = status === 'rejected' ? opinionOf(req, slug, body, 'secrecyReview.opinion') : body.opinion?.trim()
  return { data: { secrecyReview: { status, ...(opinion ? { opinion } : {}) } }, draft: true }
}

const answer = (req: PayloadRequest, slug: string, doc: Doc, body: Body, status: 'confirmed' | 'disputed'): Step => {
  const rows = confirmationsOf(doc)
  // A caller answering for no asked agency still gets a row, so the rule (`applyAgencyConfirmations`) refuses them by name.
  const row = confirmationRowFor(doc, req.user, body.department) ?? rows.find((candidate) => candidate.status === 'pending')
  if (!row || row.status !== 'pending') throw refused(req, 'workflow.noPendingConfirmation', { status: 409 })
  const index = rows.indexOf(row)
  const note = status === 'disputed' ? opinionOf(req, slug, body, `secrecyReview.agencyConfirmations.${index}.note`) : body.opinion?.trim()
  const agencyConfirmations = rows.map((candidate) => (candidate === row ? { ...row, status, ...(note ? { note } : {}) } : candidate))
  return { data: { secrecyReview: { agencyConfirmations } }, draft: true }
}

/**
 * The one update an action makes, after the record's state allows it (a 409 names what is missing);
 * who may do it is judged by the collection's hooks on that update, as on every other path.
 */
export const actionStep = (
  req: PayloadRequest,
  slug: CollectionSlug,
  action: WorkflowAction,
  doc: Doc,
  mainStatus: unknown,
  body: Body,
): Step => {
  switch (action) {
    case 'submit': {
      if (!awaitsSubmission(doc)) throw refused(req, 'workflow.notSubmittable', { status: 409 })
      markSubmitting(req, slug, doc.id)
      const sentBack = groupOf(doc, 'secrecyReview').status === 'rejected'
      return { data: sentBack ? { secrecyReview: { status: 'pending' } } : {}, draft: true }
    }
    case 'pass':
      return review(req, slug, doc, body, 'passed')
    case 'reject':
      return review(req, slug, doc, body, 'rejected')
    case 'confirm':
      return answer(req, slug, doc, body, 'confirmed')
    case 'dispute':
      return answer(req, slug, doc, body, 'disputed')
    case 'publish':
      if (doc._status === 'published') throw refused(req, 'workflow.notDraft', { status: 409 })
      return { data: { _status: 'published' }, draft: false }
    case 'unpublish':
      if (mainStatus !== 'published') throw refused(req, 'workflow.notPublished', { status: 409 })
      return { data: { _status: 'draft' }, draft: false }
  }
}
