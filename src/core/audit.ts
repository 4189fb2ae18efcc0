import type { CollectionSlug, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { idOf } from '../access/roles.js'

/** The organisation capability's audit log: every capability records its decisions there. */
export const AUDIT_LOG_SLUG = 'audit-log' as CollectionSlug

export const AUDIT_ACTIONS = [
  'attribute_decided',
  'attribute_changed',
  'review_requested',
  'review_passed',
  'review_rejected',
  'review_reset',
  'agency_requested',
  'agency_withdrawn',
  'agency_confirmation',
  'published',
  'unpublished',
  'scheduled',
  'index_number_assigned',
  'media_updated',
  'deleted',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  targetCollection: string
  documentId: number | string
  /** The record's title when the caller has it (a deleted record); otherwise read from the record. */
  documentTitle?: string | null
  department?: unknown
  /** The agency an Art. 11 request, withdrawal or answer concerns. */
  agency?: unknown
  from?: string | null
  to?: string | null
  note?: string | null
}

type DepartmentSnapshot = { code: string | null; name: string | null }

const DEPARTMENTS = 'departments' as CollectionSlug
const CACHE = 'gongkai:auditDepartments'

/** A department's code and name as they are now, read once per request inside its transaction. */
const departmentSnapshot = async (req: PayloadRequest, department: unknown): Promise<DepartmentSnapshot> => {
  const id = idOf(department)
  if (id === undefined) return { code: null, name: null }
  const cache = ((req.context[CACHE] as Map<string, Promise<DepartmentSnapshot>> | undefined) ??= new Map())
  req.context[CACHE] = cache
  if (!cache.has(String(id))) {
    cache.set(
      String(id),
      req.payload.db
        .findOne<{ id: number | string; code?: string; name?: string }>({ collection: DEPARTMENTS, where: { id: { equals: id } }, req })
        .then((doc) => ({ code: doc?.code ?? null, name: doc?.name ?? null })),
    )
  }
  return cache.get(String(id)) as Promise<DepartmentSnapshot>
}

/** The record's title (its `useAsTitle`) as the request left it, drafts included; null when there is none. */
const titleOf = async (req: PayloadRequest, collection: string, id: number | string): Promise<string | null> => {
  const useAsTitle = req.payload.collections[collection as CollectionSlug]?.config.admin.useAsTitle
  if (!useAsTitle || useAsTitle === 'id') return null
  // The audit writer's own read (inside the transaction): the entry only keeps what the action concerned.
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const title = (doc as Record<string, unknown> | null)?.[useAsTitle]
  return typeof title === 'string' && title ? title : null
}

/**
 * Appends an entry in the caller's transaction; the audit log refuses every other write. Who acted and
 * where are kept as they were at the time (name, account, department code and name), so the entry
 * still says it if the account is renamed or deactivated later.
 */
export const writeAudit = async (req: PayloadRequest, auditLog: CollectionSlug, entry: AuditEntry): Promise<void> => {
  const user = req.user as { id?: number | string; name?: string | null; email?: string | null } | null
  const department = await departmentSnapshot(req, entry.department)
  const agency = await departmentSnapshot(req, entry.agency)
  const { agency: agencyId, ...rest } = entry
  // The audit log may be a host's own collection, so its generated type is not known here.
  const data = {
    ...rest,
    documentId: String(entry.documentId),
    documentTitle: entry.documentTitle ?? (await titleOf(req, entry.targetCollection, entry.documentId)),
    department: idOf(entry.department) ?? null,
    departmentCode: department.code,
    departmentName: department.name,
    agency: idOf(agencyId) ?? null,
    agencyCode: agency.code,
    agencyName: agency.name,
    user: idOf(user) ?? null,
    userName: user?.name ?? null,
    userEmail: user?.email ?? null,
    at: new Date().toISOString(),
  } as unknown as RequiredDataFromCollectionSlug<'audit-log'>
  await req.payload.create({ collection: auditLog, data, overrideAccess: true, req })
}
