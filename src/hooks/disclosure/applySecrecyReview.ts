import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, isCityWide, sameId, worksFor } from '../../access/roles.js'
import { invalidField, refused } from '../../core/errors.js'
import { groupOf, mergedDoc } from '../../core/mergedDoc.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { askedAgencies, type Confirmation, confirmationsOf } from './applyAgencyConfirmations.js'
import { hashContent, reviewedHash } from './content.js'
import { named } from '../../core/named.js'

const RULE = 'DESIGN §4.2 保密審查'

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
      throw refused(
        `只有本機關工作人員可以修改內容 / only staff of the owning department may change this record's content (${options.departmentField}) [${RULE}]`,
      )
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
      if (!user) {
        throw refused(`審查結果須由審查員作出 / a review result needs a signed-in reviewer (secrecyReview.status) [${RULE}]`)
      }
      const reviewerForDepartment = hasRole(user, 'reviewer') && (isCityWide(user) || worksFor(user, department))
      if (!reviewerForDepartment) {
        throw refused(
          `只有本機關或全市的保密審查員可以作出審查結果 / only a reviewer of the record's department may set secrecyReview.status [${RULE}]`,
        )
      }
      const involved = [author, idOf(originalDoc?.updatedBy), ...storedEditors]
      if (involved.some((id) => sameId(id, userId))) {
        throw refused(
          `審查員不能審查自己起草或自上次審查以來修改過的記錄 / four eyes: the reviewer cannot be the author or anyone who changed the content since the last review (secrecyReview.reviewer) [${RULE}]`,
        )
      }
      if (contentChanged || askedChanged) {
        throw invalidField(
          collection.slug,
          'secrecyReview.status',
          `審查時不能同時修改內容或徵求機關 / a review result cannot be set in the same save as a change to the content or the agencies asked [${RULE}]`,
        )
      }
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
    if (contentChanged && operation === 'update') {
      // An agency confirmed the content as it was (Art. 11): changed content is asked again.
      review.agencyConfirmations = ((review.agencyConfirmations as Confirmation[] | undefined) ?? []).map((row) =>
        row.status === 'pending' ? row : { ...row, status: 'pending', confirmedBy: null, confirmedAt: null },
      )
    }
    data.secrecyReview = review
    return data
  })
