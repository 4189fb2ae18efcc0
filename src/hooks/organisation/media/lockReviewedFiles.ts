import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionSlug, DefaultDocumentIDType, PayloadRequest, Where } from 'payload'

import { refused } from '../../../core/errors.js'
import { mediaRecordSlugsOf } from '../../../core/records.js'

type Id = number | string
type Use = 'reviewed' | 'attached'

const REVIEWED: Where = { or: [{ _status: { equals: 'published' } }, { 'secrecyReview.status': { equals: 'passed' } }] }

/**
 * A record that uses the file: `reviewed` = published (main row) or review passed (main row or newest
 * draft); `attached` = any record whose main row or newest draft lists it.
 */
const recordUsing = async (req: PayloadRequest, id: Id, use: Use): Promise<string | null> => {
  for (const collection of mediaRecordSlugsOf(req.payload.config)) {
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

const swapRefused = (req: PayloadRequest) => refused(req, 'media.fileLocked', { status: 409, field: 'file' })

type Doc = Record<string, unknown>

const hasUploadEdits = (req: PayloadRequest): boolean => {
  const edits = req.query?.uploadEdits as Doc | undefined
  return !!edits && typeof edits === 'object' && ['crop', 'focalPoint', 'heightInPixels', 'widthInPixels'].some((key) => edits[key] != null)
}

/** Whether an update may make Payload write new bytes: a new file, a crop or resize, or a new focal point (new sizes). */
const FILE_KEYS = ['focalX', 'focalY', 'filename'] as const
const mayRewrite = (req: PayloadRequest, data: Doc | undefined): boolean =>
  !!req.file || hasUploadEdits(req) || (!!data && FILE_KEYS.some((key) => key in data))
const rewritesFile = (req: PayloadRequest, data: Doc | undefined, stored: Doc): boolean =>
  !!req.file || hasUploadEdits(req) || (!!data && FILE_KEYS.some((key) => key in data && data[key] !== stored[key]))

/**
 * The public only ever receives bytes a reviewer saw (DESIGN §3 media): once a record using a file has
 * passed review or is published, the file is never replaced in place. It has to run before the
 * operation starts, because Payload deletes the stored file before any later hook runs; so it looks
 * only at documents the caller may update (the others get Payload's own 403).
 */
export const lockReviewedFiles: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { data, id, overrideAccess, where } = args as { data?: Doc; id?: Id; overrideAccess?: boolean; where?: Where }
  if (operation !== 'update' || !mayRewrite(req, data)) return args
  const access = overrideAccess ? true : await collection.access.update({ id: id as DefaultDocumentIDType | undefined, data, req })
  if (access === false) return args
  const scope: Where[] = [id !== undefined ? { id: { equals: id } } : (where ?? {}), ...(access === true ? [] : [access])]
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { and: scope },
    select: { filename: true, focalX: true, focalY: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as unknown as (Doc & { id: Id })[]) {
    if (rewritesFile(req, data, doc) && (await recordUsing(req, doc.id, 'reviewed'))) throw swapRefused(req)
  }
  return args
}

/** A file still attached to a record (its main row or newest draft) is not deleted: detach it first. */
export const keepAttachedFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const collection = await recordUsing(req, id, 'attached')
  if (collection) {
    throw refused(req, 'media.stillAttached', { status: 409, field: collection })
  }
}
