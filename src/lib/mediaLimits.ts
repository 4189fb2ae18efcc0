/** Images, PDF and office documents only: no SVG, HTML or scripts that a browser would run. */
export const SAFE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/ofd',
]

/** Upload size limit, enforced by the server config (`upload.limits.fileSize`). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/**
 * Largest image accepted, in pixels (all frames of an animation together): 40 megapixels, more than a
 * full-frame camera photo. Checked from the image header before Payload decodes it to make its sizes.
 */
export const MAX_IMAGE_PIXELS = 40_000_000

/** Longest side of an accepted image, in pixels (a panorama of 12,000 × 3,300 still passes). */
export const MAX_IMAGE_SIDE = 12_000
