import type { CollectionBeforeChangeHook } from 'payload'

import { readableIds } from '../../access/disclosure/readableRecords.js'
import { idOf } from '../../access/roles.js'
import { invalidField } from '../../core/errors.js'

/**
 * An interpretation points only at policies its author can read: linking another department's draft
 * would reveal that it exists, and would tie that department's publication to this interpretation.
 */
export const requireReadablePolicies: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.user || !Array.isArray(data.policies)) return data
  const before = new Set(((originalDoc?.policies as unknown[]) ?? []).map((policy) => String(idOf(policy))))
  const added = [
    ...new Set((data.policies as unknown[]).map((policy) => idOf(policy)).filter((id) => id !== undefined && !before.has(String(id)))),
  ]
  if (added.length === 0) return data
  const readable = await readableIds(req, 'disclosures', added as (number | string)[])
  const unreadable = added.find((id) => !readable.has(String(id)))
  if (unreadable !== undefined) {
    throw invalidField(req, collection.slug, 'policies', 'interpretation.policyUnreadable', { id: String(unreadable) })
  }
  return data
}
