import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId, worksFor } from '../../access/roles.js'
import { invalidField, refused } from '../../core/errors.js'
import { groupOf, mergedDoc } from '../../core/mergedDoc.js'
import {
  askedAgencies,
  awaitsSubmission,
  type Confirmation,
  confirmationsOf,
  hashContent,
  isInvolved,
  isReviewerFor,
  maySubmitForReview,
  reviewedHash,
} from '../../core/reviewRules.js'
import { isSubmitting } from '../../core/workflow.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

type Id = number | string

const idsOf = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== undefined) : [])

const uniqueIds = (ids: (Id | undefined)[]): Id[] =>
  ids.filter((id): id is Id => id !== undefined).filter((id, index, all) => all.findIndex((other) => sameId(other, id)) === index)

/**
 * Keeps the secrecy review honest: only a reviewer of the record's department sets a result; any change
 * to the content or to the agencies asked sends the record back to `pending` (and a content change asks
 * every agency again); a result binds to both.
 * Four eyes is judged from stored history only — the author, the last editor and everyone who changed
 * the content since it last passed (`secrecyReview.editors`) — never from what the request says; the
 * reviewer's identity and time are set here.
 */
export const applySecrecyReview = (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  named('applySecrecyReview', ({ collection, data, operation, originalDoc, req }) => {
    const user = req.user
    const userId = idOf(user)
    const merged = mergedDoc(originalDoc, data)
    const department = merged[options.departmentField]
    const contentChanged = operation === 'create' || !originalDoc || hashContent(originalDoc, options) !== hashContent(merged, options)
    const askedChanged = askedAgencies(confirmationsOf(originalDoc)).join() !== askedAgencies(confirmationsOf(merged)).join()

    if (user && contentChanged && !worksFor(user, department)) {
      throw refused(req, 'review.contentNotOwnDepartment', { field: options.departmentField })
    }

    const before = groupOf(originalDoc, 'secrecyReview')
    const requested = { ...before, ...groupOf(data, 'secrecyReview') }
    const beforeStatus = (before.status as string | undefined) ?? 'pending'
    const requestedStatus = (requested.status as string | undefined) ?? 'pending'
    const settingResult = requestedStatus !== beforeStatus && requestedStatus !== 'pending'
    const opinionChanged = (requested.opinion ?? '') !== (before.opinion ?? '')

    const author = operation === 'create' ? (userId ?? null) : (idOf(originalDoc?.createdBy) ?? null)
    // A duplicate carries its source's content, so whoever wrote or changed that content since its last
    // pass cannot pass the copy either.
    const duplicatedFrom = operation === 'create' && originalDoc?.id !== undefined ? originalDoc : undefined
    const storedEditors = uniqueIds([
      ...idsOf(before.editors),
      ...(duplicatedFrom ? [idOf(duplicatedFrom.createdBy), idOf(duplicatedFrom.updatedBy)] : []),
    ])
    data.createdBy = author
    data.updatedBy = contentChanged ? (userId ?? null) : (idOf(originalDoc?.updatedBy) ?? null)

    const review: Record<string, unknown> = {
      ...requested,
      ...(operation === 'create' ? { opinion: groupOf(data, 'secrecyReview').opinion ?? null } : {}),
      reviewer: operation === 'create' ? null : (before.reviewer ?? null),
      reviewedAt: operation === 'create' ? null : (before.reviewedAt ?? null),
      contentHash: operation === 'create' ? null : (before.contentHash ?? null),
      // Written by the submit-for-review action only; a client's values are ignored.
      submittedBy: operation === 'create' ? null : (before.submittedBy ?? null),
      submittedAt: operation === 'create' ? null : (before.submittedAt ?? null),
      editors:
        contentChanged && userId !== undefined && !storedEditors.some((id) => sameId(id, userId))
          ? [...storedEditors, userId]
          : storedEditors,
    }

    if (settingResult || opinionChanged) {
      if (!user) throw refused(req, 'review.needsReviewer', { field: 'secrecyReview.status' })
      if (!isReviewerFor(user, department)) throw refused(req, 'review.notReviewer', { field: 'secrecyReview.status' })
      if (isInvolved({ createdBy: author, updatedBy: originalDoc?.updatedBy, editors: storedEditors }, user)) {
        throw refused(req, 'review.fourEyes', { field: 'secrecyReview.reviewer' })
      }
      if (contentChanged || askedChanged) throw invalidField(req, collection.slug, 'secrecyReview.status', 'review.resultWithChange')
      review.reviewer = userId
      review.reviewedAt = new Date().toISOString()
      review.contentHash = requestedStatus === 'passed' ? reviewedHash(merged, options) : null
      review.submittedBy = null
      review.submittedAt = null
      // Only a pass clears who changed the content: nobody else has passed their changes before that.
      if (requestedStatus === 'passed') review.editors = []
    } else if ((contentChanged || askedChanged) && beforeStatus !== 'pending') {
      review.status = 'pending'
      review.reviewer = null
      review.reviewedAt = null
      review.contentHash = null
    } else if (requestedStatus === 'pending' && beforeStatus !== 'pending') {
      review.reviewer = null
      review.reviewedAt = null
      review.contentHash = null
    }
    if (operation === 'create' && requestedStatus !== 'pending' && !settingResult) {
      review.status = 'pending'
    }
    if (isSubmitting(req, collection.slug, originalDoc?.id)) {
      // The submit action asks; the rule decides here, over the record as it will be.
      if (!maySubmitForReview(user, merged, options.departmentField) || !awaitsSubmission({ secrecyReview: review })) {
        throw refused(req, 'review.submitNotAllowed', { field: 'secrecyReview.submittedAt' })
      }
      review.submittedBy = userId ?? null
      review.submittedAt = new Date().toISOString()
    }
    if (contentChanged && operation === 'update') {
      // An agency confirmed the content as it was (Art. 11): changed content is asked again.
      review.agencyConfirmations = ((review.agencyConfirmations as Confirmation[] | undefined) ?? []).map((row) =>
        row.status === 'pending' ? row : { ...row, status: 'pending', confirmedBy: null, confirmedAt: null },
      )
    }
    data.secrecyReview = review
    return data
  })
