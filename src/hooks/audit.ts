import type { CollectionSlug, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

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
  'media_updated',
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
  // The audit log may be a host's own collection, so its generated type is not known here.
  const data = {
    ...entry,
    documentId: String(entry.documentId),
    department: idOf(entry.department) ?? null,
    user: idOf(req.user) ?? null,
    at: new Date().toISOString(),
  } as unknown as RequiredDataFromCollectionSlug<'audit-log'>
  await req.payload.create({
    collection: auditLog,
    data,
    overrideAccess: true,
    req,
  })
}
