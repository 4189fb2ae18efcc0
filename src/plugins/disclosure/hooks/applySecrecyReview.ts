import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, isCityWide, sameId, worksFor } from '../../../access/roles.js'
import { invalidField, refused } from '../../../hooks/errors.js'
import { groupOf, mergedDoc } from '../../../hooks/mergedDoc.js'
import type { ResolvedDisclosureOptions } from '../types.js'
import { hashContent } from './content.js'

const RULE = 'DESIGN §4.2 保密審查'

/**
 * Keeps the secrecy review honest: only a reviewer of the record's department sets a result, never
 * on their own work; a result binds to the content hash; any content change sends the record back
 * to `pending`; the reviewer's identity and time are set here, not by the caller.
 */
export const applySecrecyReview =
  (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const user = req.user
    const userId = idOf(user as { id: number | string } | null)
    const merged = mergedDoc(originalDoc, data)
    const department = merged[options.departmentField]
    const newHash = hashContent(merged, options)
    const contentChanged = operation === 'create' || !originalDoc || hashContent(originalDoc, options) !== newHash

    if (user && contentChanged && !worksFor(user, department)) {
      throw refused(`只有本機關工作人員可以修改內容 / only staff of the owning department may change this record's content (${options.departmentField}) [${RULE}]`)
    }

    const before = groupOf(originalDoc, 'secrecyReview')
    const requested = { ...before, ...groupOf(data, 'secrecyReview') }
    const beforeStatus = (before.status as string | undefined) ?? 'pending'
    const requestedStatus = (requested.status as string | undefined) ?? 'pending'
    const settingResult = requestedStatus !== beforeStatus && requestedStatus !== 'pending'
    const opinionChanged = (requested.opinion ?? '') !== (before.opinion ?? '')

    if (operation === 'create') {
      data.createdBy = userId ?? null
    }
    if (contentChanged) {
      data.updatedBy = userId ?? null
    }

    const review: Record<string, unknown> = {
      ...requested,
      reviewer: before.reviewer ?? null,
      reviewedAt: before.reviewedAt ?? null,
      contentHash: before.contentHash ?? null,
    }

    if (settingResult || opinionChanged) {
      if (!user) {
        throw refused(`審查結果須由審查員作出 / a review result needs a signed-in reviewer (secrecyReview.status) [${RULE}]`)
      }
      const reviewerForDepartment = hasRole(user, 'reviewer') && (isCityWide(user) || worksFor(user, department))
      if (!reviewerForDepartment) {
        throw refused(`只有本機關或全市的保密審查員可以作出審查結果 / only a reviewer of the record's department may set secrecyReview.status [${RULE}]`)
      }
      const author = operation === 'create' ? userId : merged.createdBy
      const lastEditor = contentChanged ? userId : merged.updatedBy
      if (sameId(author as number, userId) || sameId(lastEditor as number, userId)) {
        throw refused(`審查員不能審查自己起草或最後修改的記錄 / four eyes: the reviewer cannot be the author or the last editor (secrecyReview.reviewer) [${RULE}]`)
      }
      if (contentChanged) {
        throw invalidField(collection.slug, 'secrecyReview.status', `審查時不能同時修改內容 / a review result cannot be set in the same save as a content change [${RULE}]`)
      }
      review.reviewer = userId
      review.reviewedAt = new Date().toISOString()
      review.contentHash = requestedStatus === 'passed' ? newHash : null
    } else if (contentChanged && beforeStatus !== 'pending') {
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
    data.secrecyReview = review
    return data
  }
