import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Field,
  PayloadRequest,
} from 'payload'

import { idOf, isCityWide } from '../../access/roles.js'
import { publicRecordsOnly } from '../../access/disclosure/publicRecords.js'
import { label } from '../../core/label.js'
import { invalidField } from '../../core/errors.js'
import { mergedDoc } from '../../core/mergedDoc.js'
import { named } from '../../core/named.js'
import { previousMainOf } from '../../core/publication.js'
import { mediaRecordSlugsOf } from '../../core/records.js'

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

/** The media ids each upload and rich-text field of the document uses. */
const mediaByField = (doc: Record<string, unknown>, uploadFields: string[], richTextFields: string[]): [string, Id[]][] => [
  ...uploadFields.map((name): [string, Id[]] => {
    const value = doc[name]
    return [name, (Array.isArray(value) ? value : [value]).map((item) => idOf(item as Id)).filter((id): id is Id => id !== undefined)]
  }),
  ...richTextFields.map((name): [string, Id[]] => [name, uploadsInRichText(doc[name], [])]),
]

/** Fills `mediaRefs` from the record's upload fields and the uploads inside its rich text. */
export const collectMediaRefs = (uploadFields: string[], richTextFields: string[]): CollectionBeforeChangeHook =>
  named('collectMediaRefs', ({ data, originalDoc }) => {
    const ids = mediaByField(mergedDoc(originalDoc, data), uploadFields, richTextFields).flatMap(([, fieldIds]) => fieldIds)
    data.mediaRefs = [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id) as Id)
    return data
  })

/**
 * A save may add only media its user may see (their departments' files, or files already public), so
 * no one publishes another department's unreviewed file. Files the record already had stay (an office
 * user may have attached one the department cannot see). Saves with no user are the system's own
 * (scheduled publishing).
 */
export const requireVisibleMedia = (uploadFields: string[], richTextFields: string[]): CollectionBeforeChangeHook =>
  named('requireVisibleMedia', async ({ collection, data, originalDoc, req }) => {
    if (!req.user) return data
    const before = new Set(mediaByField(originalDoc ?? {}, uploadFields, richTextFields).flatMap(([, ids]) => ids.map(String)))
    const added = mediaByField(mergedDoc(originalDoc, data), uploadFields, richTextFields)
      .map(([field, ids]): [string, Id[]] => [field, ids.filter((id) => !before.has(String(id)))])
      .filter(([, ids]) => ids.length > 0)
    const wanted = [...new Set(added.flatMap(([, ids]) => ids.map(String)))]
    if (wanted.length === 0) return data
    const { docs } = await req.payload.find({
      collection: MEDIA_SLUG,
      where: { id: { in: wanted } },
      select: { filename: true },
      depth: 0,
      limit: wanted.length,
      overrideAccess: false,
      req,
    })
    const visible = new Set(docs.map((doc) => String(doc.id)))
    for (const [field, ids] of added) {
      const hidden = ids.filter((id) => !visible.has(String(id)))
      if (hidden.length) {
        throw invalidField(req, collection.slug, field, 'record.mediaNotAllowed', { ids: hidden.join('、') })
      }
    }
    return data
  })

/** A file is public exactly while some public record uses it (DESIGN §4.5: media file URLs). */
const refreshMediaVisibility = async (req: PayloadRequest, ids: Id[]) => {
  const recordCollections = mediaRecordSlugsOf(req.payload.config)
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

/** After a save, the files the record uses or used follow whether some public record uses them. */
export const syncMediaVisibility: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const previousMain = previousMainOf(req, collection.slug, doc.id)
  await refreshMediaVisibility(req, [...refsOf(previousMain), ...refsOf(previousDoc), ...refsOf(doc)])
  return doc
}

export const syncMediaVisibilityOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshMediaVisibility(req, refsOf(doc))
  return doc
}
