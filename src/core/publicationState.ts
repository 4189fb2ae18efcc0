import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

/** What a save did to a record's public (main, non-draft) state. */
export type PublicationChange = 'published' | 'unpublished' | null

type Doc = Record<string, unknown>
type State = { wasPublished: boolean; previousMain?: Doc | null; change?: PublicationChange }

const KEY = 'gongkai:publication'

const stateOf = (req: PayloadRequest): Record<string, State> => {
  req.context[KEY] ??= {}
  return req.context[KEY] as Record<string, State>
}

const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

/** Reads the stored main document, which a draft save leaves as it was. */
const mainDoc = async (req: PayloadRequest, slug: CollectionSlug, id: unknown): Promise<Doc | null> =>
  req.payload.db.findOne({ collection: slug, where: { id: { equals: id } }, req })

/** Before the save: was the record public? */
export const rememberPublicationState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const previousMain = await mainDoc(req, collection.slug, originalDoc.id)
    stateOf(req)[keyOf(collection.slug, originalDoc.id)] = { wasPublished: previousMain?._status === 'published', previousMain }
  }
  return data
}

/** After the save: did it publish or unpublish? A draft save over a published record does neither. */
export const resolvePublicationChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const key = keyOf(collection.slug, doc.id)
  const state = stateOf(req)[key] ?? { wasPublished: false }
  const isPublished =
    doc._status === 'published' || (state.wasPublished && (await mainDoc(req, collection.slug, doc.id))?._status === 'published')
  let change: PublicationChange = null
  if (doc._status === 'published' && (!state.wasPublished || previousDoc?._status !== 'published')) change = 'published'
  else if (state.wasPublished && !isPublished) change = 'unpublished'
  stateOf(req)[key] = { ...state, change }
  return doc
}

/** The change the current save made, once `resolvePublicationChange` has run. */
export const publicationChangeOf = (req: PayloadRequest, slug: string, id: unknown): PublicationChange =>
  stateOf(req)[keyOf(slug, id)]?.change ?? null

/** The stored main document as it was before the current save (for what it referenced). */
export const previousMainOf = (req: PayloadRequest, slug: string, id: unknown): Doc | null =>
  stateOf(req)[keyOf(slug, id)]?.previousMain ?? null
