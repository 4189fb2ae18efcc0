import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { publicRecordsOnly } from '../../access/disclosure/publicRecords.js'
import { invalidField } from '../../core/errors.js'
import { mergedDoc } from '../../core/mergedDoc.js'

/** An interpretation is never public while none of its policies is (DESIGN §4.3). */
export const requirePublicPolicy: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = mergedDoc(originalDoc, data)
  if (merged._status !== 'published') return data
  const policies = ((merged.policies as unknown[]) ?? []).map((policy) =>
    typeof policy === 'object' && policy !== null ? (policy as { id: unknown }).id : policy,
  )
  const { totalDocs } = policies.length
    ? await req.payload.count({
        collection: 'disclosures' as CollectionSlug,
        where: { and: [{ id: { in: policies } }, publicRecordsOnly()] },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }
  if (totalDocs === 0) {
    throw invalidField(req, collection.slug, 'policies', 'interpretation.policyNotPublic')
  }
  return data
}
