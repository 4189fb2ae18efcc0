import type { CollectionBeforeChangeHook } from 'payload'

// Payload's upload fields are read-only in the admin only: over the API a client could point a document
// at another document's file (`{"filename": "…"}`) and so serve, or swap in, bytes it was never given.
const FILE_METADATA = ['filename', 'mimeType', 'filesize', 'width', 'height', 'sizes', 'url', 'thumbnailURL'] as const

/** File metadata is written by Payload's file processing only: without a file in the request, the stored values stay. */
export const keepFileMetadata: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.file) return data
  for (const key of FILE_METADATA) {
    if (!(key in data)) continue
    if (originalDoc && key in originalDoc) data[key] = originalDoc[key]
    else delete data[key]
  }
  return data
}
