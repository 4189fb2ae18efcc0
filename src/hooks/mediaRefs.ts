import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { idOf, isCityWide } from '../access/roles.js'
import { publicRecordsOnly } from '../access/publicRecords.js'
import { label } from '../i18n/label.js'
import { mergedDoc } from './mergedDoc.js'
import { previousMainOf } from './publicationState.js'

type Id = number | string

export const MEDIA_SLUG = 'media' as CollectionSlug

/** A derived list of every media document a record uses, so media visibility can be queried. */
export const mediaRefsField: Field = {
  name: 'mediaRefs',
  type: 'relationship',
  relationTo: MEDIA_SLUG,
  hasMany: true,
  index: true,
  label: label('引用的文件'),
  // Derived bookkeeping: kept out of API responses except for city-wide staff.
  access: { read: ({ req }) => isCityWide(req.user) },
  admin: { hidden: true, readOnly: true },
}

const uploadsInRichText = (node: unknown, into: Id[]): Id[] => {
  if (!node || typeof node !== 'object') return into
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === MEDIA_SLUG) {
    const id = idOf(record.value as Id)
    if (id !== undefined) into.push(id)
  }
  for (const value of Object.values(record)) {
    if (Array.isArray(value)) value.forEach((child) => uploadsInRichText(child, into))
    else if (value && typeof value === 'object') uploadsInRichText(value, into)
  }
  return into
}

const refsOf = (doc: Record<string, unknown> | null | undefined): Id[] =>
  ((doc?.mediaRefs as Id[] | undefined) ?? []).map((ref) => idOf(ref)).filter((id): id is Id => id !== undefined)

/** Fills `mediaRefs` from the record's upload fields and the uploads inside its rich text. */
export const collectMediaRefs =
  (uploadFields: string[], richTextFields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = mergedDoc(originalDoc, data)
    const ids: Id[] = []
    for (const name of uploadFields) {
      const value = merged[name]
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOf(item as Id)
        if (id !== undefined) ids.push(id)
      }
    }
    for (const name of richTextFields) uploadsInRichText(merged[name], ids)
    data.mediaRefs = [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id) as Id)
    return data
  }

/** A file is public exactly while some public record uses it (DESIGN §4.5: media file URLs). */
const refreshMediaVisibility = async (req: PayloadRequest, recordCollections: CollectionSlug[], ids: Id[]) => {
  for (const id of new Set(ids)) {
    let isPublic = false
    for (const collection of recordCollections) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: { and: [publicRecordsOnly(), { mediaRefs: { in: [id] } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) {
        isPublic = true
        break
      }
    }
    await req.payload.db.updateOne({ collection: MEDIA_SLUG, id, data: { isPublic }, req })
  }
}

export const syncMediaVisibility =
  (recordCollections: CollectionSlug[]): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const previousMain = previousMainOf(req, collection.slug, doc.id)
    await refreshMediaVisibility(req, recordCollections, [...refsOf(previousMain), ...refsOf(previousDoc), ...refsOf(doc)])
    return doc
  }

export const syncMediaVisibilityOnDelete =
  (recordCollections: CollectionSlug[]): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshMediaVisibility(req, recordCollections, refsOf(doc))
    return doc
  }
