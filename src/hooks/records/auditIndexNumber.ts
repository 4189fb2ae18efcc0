import type { CollectionAfterChangeHook } from 'payload'

import { AUDIT_LOG_SLUG, writeAudit } from '../../core/audit.js'

export const auditIndexNumber: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'create') return doc
  await writeAudit(req, AUDIT_LOG_SLUG, {
    action: 'index_number_assigned',
    targetCollection: collection.slug,
    documentId: doc.id,
    department: doc.department,
    to: doc.indexNumber,
  })
  return doc
}
