import type { CollectionBeforeChangeHook } from 'payload'

// Payload drops a client's `filename`, `sizes` and `url` itself, but keeps the derived type, size and
// dimensions as submitted (its admin marks them read-only only): a PDF could claim to be a Word file,
// and the public contract would say so.
const DERIVED_METADATA = ['mimeType', 'filesize', 'width', 'height', 'thumbnailURL'] as const

/** File metadata is written by Payload's file processing only: without a file in the request, the stored values stay. */
export const keepFileMetadata: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.file) return data
  for (const key of DERIVED_METADATA) {
    if (!(key in data)) continue
    if (originalDoc && key in originalDoc) data[key] = originalDoc[key]
    else delete data[key]
  }
  return data
}
