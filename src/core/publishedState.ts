import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

const KEY = 'gongkai.wasPublished'

/**
 * Records whether a record's published version existed before this change. Hooks cannot tell from
 * `previousDoc`: Payload passes the latest version there, and after a draft edit of a published record
 * that is the draft. The collection's own row holds the published state (a draft save never writes it),
 * so it is read here, inside the transaction, before the change is written.
 */
export const rememberPublishedState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && originalDoc?.id !== null) {
    const row = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, select: { _status: true }, req })
    const states = ((req.context[KEY] as Record<string, boolean> | undefined) ??= {})
    req.context[KEY] = states
    states[`${collection.slug}:${originalDoc.id}`] = (row as { _status?: string } | null)?._status === 'published'
  }
  return data
}

/** Whether the record was published before the change `req` is making (see `rememberPublishedState`). */
export const wasPublished = (req: PayloadRequest, slug: string, id: unknown) =>
  Boolean((req.context[KEY] as Record<string, boolean> | undefined)?.[`${slug}:${String(id)}`])

/** A change that can alter what the public sees of a record: it is published now, or was before. */
export const touchesPublic = (req: PayloadRequest, slug: string, doc: { id?: unknown; _status?: string } | undefined) =>
  doc?._status === 'published' || wasPublished(req, slug, doc?.id)

/** Adds `rememberPublishedState` to a collection's `beforeChange` hooks once, whichever plugin asks first. */
export const withPublishedState = <T extends { beforeChange?: CollectionBeforeChangeHook[] }>(hooks: T | undefined): T => {
  const beforeChange = hooks?.beforeChange ?? []
  return { ...(hooks as T), beforeChange: beforeChange.includes(rememberPublishedState) ? beforeChange : [...beforeChange, rememberPublishedState] }
}
