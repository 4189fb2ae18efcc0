import type { CollectionBeforeChangeHook } from 'payload'

import { worksFor } from '../../access/roles.js'
import { invalidField, refused } from '../../core/errors.js'
import { groupOf, mergedDoc } from '../../core/mergedDoc.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { reviewedHash } from './content.js'
import { named } from '../../core/named.js'

const RULE = 'DESIGN §4.2 發布前保密審查'

/**
 * The publish gate, for every path that publishes — the admin, REST, GraphQL, the Local API and the
 * scheduled-publish job, which sends only `_status`: so it reads the merged document.
 */
export const requirePublishable = (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  named('requirePublishable', ({ collection, data, originalDoc, req }) => {
    const merged = mergedDoc(originalDoc, data)
    if (merged._status !== 'published') return data
    const slug = collection.slug

    if (req.user && !worksFor(req.user, merged[options.departmentField])) {
      throw refused(`只有本機關工作人員可以發布 / only staff of the owning department may publish (_status) [${RULE}]`)
    }
    if (groupOf(merged, 'disclosure').attribute !== 'proactive') {
      throw invalidField(slug, 'disclosure.attribute', `只有主動公開的信息可以發布 / only a proactive record can be published [${RULE}]`)
    }
    const review = groupOf(merged, 'secrecyReview')
    if (review.status !== 'passed') {
      throw invalidField(
        slug,
        'secrecyReview.status',
        `保密審查未通過，不能發布 / publishing needs a passed secrecy review; it is ${String(review.status ?? 'pending')} [${RULE}]`,
      )
    }
    if (review.contentHash !== reviewedHash(merged, options)) {
      throw invalidField(
        slug,
        'secrecyReview.contentHash',
        `審查後內容或徵求確認的機關已變更，須重新審查 / the content or the agencies asked changed after the review passed [${RULE}]`,
      )
    }
    const confirmations = (review.agencyConfirmations as { status?: string }[] | undefined) ?? []
    if (confirmations.some((row) => row.status !== 'confirmed')) {
      throw invalidField(
        slug,
        'secrecyReview.agencyConfirmations',
        `尚有機關未確認，不能發布 / every agency confirmation must be confirmed before publishing [${RULE}]`,
      )
    }
    if (!merged.publishedAt) data.publishedAt = new Date().toISOString()
    return data
  })
