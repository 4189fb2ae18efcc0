import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { writeAudit } from '../../core/audit.js'

export const auditIndexNumber: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'create') return doc
  await writeAudit(req, 'audit-log' as CollectionSlug, {
    action: 'index_number_assigned',
    targetCollection: collection.slug,
    documentId: doc.id,
    department: doc.department,
    to: doc.indexNumber,
  })
  return doc
}
