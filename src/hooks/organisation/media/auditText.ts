import type { CollectionAfterChangeHook } from 'payload'

import { AUDIT_LOG_SLUG as AUDIT_LOG, writeAudit } from '../../../core/audit.js'

const TEXT_FIELDS = ['alt', 'caption'] as const

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** Alt text and captions reach the public with the file (even a reviewed one), so every change is audited. */
export const auditText: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  for (const field of TEXT_FIELDS) {
    const from = textOf(previousDoc?.[field])
    const to = textOf(doc[field])
    if (from === to) continue
    await writeAudit(req, AUDIT_LOG, {
      action: 'media_updated',
      targetCollection: collection.slug,
      documentId: doc.id,
      department: doc.department,
      from,
      to,
      note: field,
    })
  }
  return doc
}
