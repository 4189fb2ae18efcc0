import type { CollectionBeforeChangeHook } from 'payload'

import { refused } from '../../core/errors.js'

/**
 * Payload finds the document to update through the caller's access rule; when that rule matches the
 * published row but not the newest draft (an agency whose request was withdrawn in a draft, a department
 * whose record was moved away in one), it silently edits the stale published row and its save
 * overwrites the newer draft. Every rule here reads `originalDoc`, so a save must start from the newest
 * version: otherwise it is refused, whoever the caller is.
 */
export const requireLatestVersion: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const { docs } = await req.payload.db.findVersions<{ updatedAt?: string }>({
    collection: collection.slug,
    where: { and: [{ parent: { equals: originalDoc.id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const newest = docs[0]?.version?.updatedAt
  if (newest && originalDoc.updatedAt && new Date(newest).getTime() !== new Date(originalDoc.updatedAt).getTime()) {
    throw refused(req, 'record.newerDraft', { status: 409 })
  }
  return data
}
