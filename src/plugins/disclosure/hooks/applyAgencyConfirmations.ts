import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, worksFor } from '../../../access/roles.js'
import { refused } from '../../../hooks/errors.js'
import { groupOf } from '../../../hooks/mergedDoc.js'

type Confirmation = {
  id?: string
  department?: number | string | { id: number | string }
  status?: string
  confirmedBy?: unknown
  confirmedAt?: unknown
  note?: string | null
}

const RULE = 'DESIGN §4.2 / Art. 11 機關確認'

/**
 * Only staff of the agency asked (or city-wide staff) change that agency's confirmation; who and when
 * are recorded here. Runs after `applySecrecyReview`, which has already merged the review group.
 */
export const applyAgencyConfirmations: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const review = groupOf(data, 'secrecyReview')
  const rows = (review.agencyConfirmations as Confirmation[] | undefined) ?? []
  const beforeRows = (groupOf(originalDoc, 'secrecyReview').agencyConfirmations as Confirmation[] | undefined) ?? []
  const userId = idOf(req.user as { id: number | string } | null) ?? null

  review.agencyConfirmations = rows.map((row) => {
    const before = row.id ? beforeRows.find((candidate) => candidate.id === row.id) : undefined
    const status = row.status ?? 'pending'
    const beforeStatus = before?.status ?? 'pending'
    if (status === beforeStatus) {
      return { ...row, status, confirmedBy: before?.confirmedBy ?? null, confirmedAt: before?.confirmedAt ?? null }
    }
    if (!req.user || !worksFor(req.user, row.department)) {
      throw refused(`只有被徵求意見的機關可以確認 / only staff of the agency asked may set its confirmation (secrecyReview.agencyConfirmations.status) [${RULE}]`)
    }
    return { ...row, status, confirmedBy: userId, confirmedAt: new Date().toISOString() }
  })
  data.secrecyReview = review
  return data
}
