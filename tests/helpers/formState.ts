import { buildFormState } from '@payloadcms/ui/utilities/buildFormState'
import type { FormState, Payload, SanitizedDocumentPermissions } from 'payload'
import { createLocalReq, docAccessOperation } from 'payload'

import type { Staff } from './fixture.js'

export type AdminForm = { state: FormState; permissions: SanitizedDocumentPermissions; doc: Record<string, any> | null }

/**
 * The edit form of a record as the admin's Document view builds it for `staff`: the document read as the
 * user (getDocumentData), the document permissions (getDocumentPermissions: `data` with `_status: 'draft'`),
 * then Payload's own form-state builder. Without `id` it is the create form; `data` stands for what the
 * user has typed (a form-state request after a change).
 */
export const adminForm = async (
  payload: Payload,
  staff: Staff,
  collection: 'disclosures' | 'interpretations' | 'media',
  id?: number | string,
  data?: Record<string, unknown>,
): Promise<AdminForm> => {
  // Components are not rendered here (mockRSCs): the values and permissions are what is compared.
  payload.importMap ??= {}
  const req = await createLocalReq({ user: staff.user }, payload)
  const doc = id
    ? ((await payload
        .findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user: staff.user })
        .catch(() => null)) as Record<string, any> | null)
    : null
  const config = payload.collections[collection].config
  const permissions = await docAccessOperation({ id, collection: { config } as any, data: { ...(doc ?? {}), _status: 'draft' }, req })
  const { state } = await buildFormState({
    id,
    collectionSlug: collection,
    data: data ?? doc ?? undefined,
    docPermissions: permissions,
    docPreferences: { fields: {} },
    mockRSCs: true,
    operation: id ? 'update' : 'create',
    renderAllFields: true,
    req,
    schemaPath: collection,
    skipValidation: true,
  } as any)
  return { state, permissions, doc }
}

/**
 * Whether the document permissions let the client render the field at `path` (dotted names; array row
 * indexes are skipped, permissions are per field). Sanitized permissions say `true` for a whole subtree.
 */
export const mayRead = (permissions: SanitizedDocumentPermissions, path: string): boolean => {
  let node: any = permissions
  for (const name of path.split('.').filter((segment) => !/^\d+$/.test(segment))) {
    if (node === true || node?.fields === true) return true
    node = node?.fields?.[name]
    if (node === undefined) return false
  }
  return node === true || node?.read === true
}
