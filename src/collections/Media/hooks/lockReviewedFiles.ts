import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { MEDIA_RECORD_COLLECTIONS } from '../../../hooks/mediaRefs.js'
import { refused } from '../../../hooks/errors.js'

type Id = number | string
type Use = 'reviewed' | 'attached'

const REVIEWED: Where = { or: [{ _status: { equals: 'published' } }, { 'secrecyReview.status': { equals: 'passed' } }] }

/**
 * A record that uses the file: `reviewed` = published (main row) or review passed (main row or newest
 * draft); `attached` = any record whose main row or newest draft lists it.
 */
const recordUsing = async (req: PayloadRequest, id: Id, use: Use): Promise<string | null> => {
  for (const collection of MEDIA_RECORD_COLLECTIONS) {
    const main = await req.payload.count({
      collection,
      where: { and: [{ mediaRefs: { in: [id] } }, ...(use === 'reviewed' ? [REVIEWED] : [])] },
      overrideAccess: true,
      req,
    })
    if (main.totalDocs > 0) return collection
    const newest = await req.payload.countVersions({
      collection,
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.mediaRefs': { in: [id] } },
          ...(use === 'reviewed' ? [{ 'version.secrecyReview.status': { equals: 'passed' } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (newest.totalDocs > 0) return collection
  }
  return null
}

const swapRefused = () =>
  refused(
    '文件已被已審查或已發布的記錄引用，不能替換；請上傳新文件並在記錄中改用 / this file is used by a record that passed secrecy review or is published, so its file cannot be replaced: upload a new document and attach that instead',
    409,
  )

type Doc = Record<string, unknown> & { id: Id }

const hasUploadEdits = (req: PayloadRequest): boolean => {
  const edits = req.query?.uploadEdits as Record<string, unknown> | undefined
  return !!edits && typeof edits === 'object' && ['crop', 'focalPoint', 'heightInPixels', 'widthInPixels'].some((key) => edits[key] != null)
}

/** Whether the update makes Payload write new bytes: a new file, a crop or resize, or a new focal point (new sizes). */
const rewritesFile = (req: PayloadRequest, data: Record<string, unknown> | undefined, stored: Doc): boolean =>
  !!req.file ||
  hasUploadEdits(req) ||
  (!!data && (['focalX', 'focalY', 'filename', 'url'] as const).some((key) => key in data && data[key] !== stored[key]))

/**
 * The public only ever receives bytes a reviewer saw (DESIGN §3 media): once a record using a file has
 * passed review or is published, the file is never replaced in place. Checked before Payload writes
 * anything, for one document or every document a bulk update matches.
 */
export const lockReviewedFiles: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { data, id, where } = args as { data?: Record<string, unknown>; id?: Id; where?: Where }
  if (operation !== 'update' || (!req.file && !hasUploadEdits(req) && !Object.keys(data ?? {}).length)) return args
  const slug = collection.slug as CollectionSlug
  const stored =
    id !== undefined
      ? [await req.payload.db.findOne<Doc>({ collection: slug, where: { id: { equals: id } }, req })].filter((doc): doc is Doc => !!doc)
      : ((await req.payload.find({ collection: slug, where, overrideAccess: true, pagination: false, depth: 0, req })).docs as unknown as Doc[])
  for (const doc of stored) {
    if (rewritesFile(req, data, doc) && (await recordUsing(req, doc.id, 'reviewed'))) throw swapRefused()
  }
  return args
}

/** A second lock, on what Payload produced: the stored file name of a reviewed file never changes. */
export const keepReviewedFileName: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || !('filename' in data) || data.filename === originalDoc.filename) return data
  if (await recordUsing(req, originalDoc.id, 'reviewed')) throw swapRefused()
  return data
}

/** A file still attached to a record (its main row or newest draft) is not deleted: detach it first. */
export const keepAttachedFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const collection = await recordUsing(req, id, 'attached')
  if (collection) {
    throw refused(
      `文件仍被記錄引用（${collection}），不能刪除；請先從記錄中移除 / this file is still attached to a record in ${collection} and cannot be deleted: remove it from the record first`,
      409,
    )
  }
}
