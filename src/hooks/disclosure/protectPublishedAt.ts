import type { CollectionBeforeChangeHook } from 'payload'

import { isCityWide } from '../../access/roles.js'

/**
 * `publishedAt` is set by the publish gate on first publication and is never cleared: it is what
 * keeps a once-public record from being deleted and what `publishedLate` is measured on. Only
 * city-wide staff may correct it to a real past date (records carried over from an older site).
 */
export const protectPublishedAt: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  // A new record — a duplicate too, which arrives with its source's date — was never published.
  if (operation === 'create') {
    data.publishedAt = null
    return data
  }
  if (!('publishedAt' in data)) return data
  const before = originalDoc?.publishedAt ?? null
  if (!data.publishedAt || !isCityWide(req.user)) data.publishedAt = before
  return data
}
