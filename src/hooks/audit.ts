import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../access/roles.js'

export const AUDIT_ACTIONS = [
  'attribute_decided',
  'attribute_changed',
  'review_passed',
  'review_rejected',
  'review_reset',
  'agency_confirmation',
  'published',
  'unpublished',
  'scheduled',
  'index_number_assigned',
  'deleted',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  targetCollection: string
  documentId: number | string
  department?: unknown
  from?: string | null
  to?: string | null
  note?: string | null
}

/** Appends an entry in the caller's transaction; the audit log refuses every other write. */
export const writeAudit = async (req: PayloadRequest, auditLog: CollectionSlug, entry: AuditEntry): Promise<void> => {
  await req.payload.create({
    collection: auditLog,
    data: {
      ...entry,
      documentId: String(entry.documentId),
      department: idOf(entry.department as number) ?? null,
      user: idOf(req.user as { id: number | string } | null) ?? null,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
}
