import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { invalidField } from '../../../core/errors.js'
import type { RuleCode } from '../../../core/messages.js'
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, SAFE_MIME_TYPES } from '../../../lib/mediaLimits.js'

type UploadedFile = NonNullable<PayloadRequest['file']>

// Control and format characters (bidi overrides U+202A–U+202E, isolates U+2066–U+2069, marks U+200E/F,
// zero-width characters) and path separators: a name must read as what it is.
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\p{Cf}\\/]/gu

/** The uploaded name without its tricks, its extension the one of the detected type. */
export const cleanFileName = (name: string, extension: string): string => {
  const cleaned = name.normalize('NFC').replace(UNSAFE_NAME_CHARACTERS, '').trim()
  const dot = cleaned.lastIndexOf('.')
  const base = (dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120)
  return `${base || 'file'}.${extension}`
}

const refuse = (req: PayloadRequest, collection: string, file: UploadedFile, rule: RuleCode, params: Record<string, string> = {}) =>
  invalidField(req, collection, 'file', rule, { ...params, name: file.name.replace(UNSAFE_NAME_CHARACTERS, '') })

/** The bytes, in memory or (with `useTempFiles`) in the temporary file. */
const sourceOf = (file: UploadedFile): Buffer | string | undefined =>
  file.data?.length ? file.data : file.tempFilePath || undefined

const checkImageSize = async (req: PayloadRequest, collection: string, file: UploadedFile) => {
  const sharp = req.payload.config.sharp
  if (!sharp) return
  // metadata() reads the header only: nothing is decoded.
  const metadata = await sharp(sourceOf(file)).metadata().catch(() => null)
  if (!metadata) throw refuse(req, collection, file, 'media.imageUnreadable')
  const { width = 0, height = 0, pages = 1 } = metadata
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height * pages > MAX_IMAGE_PIXELS) {
    throw refuse(req, collection, file, 'media.imageTooLarge', {
      width: String(width),
      height: String(height),
      megapixels: String(MAX_IMAGE_PIXELS / 1e6),
      side: String(MAX_IMAGE_SIDE),
    })
  }
}

/**
 * Before Payload reads an uploaded file: its type is what its bytes are (never its name or declared
 * type) and must be a safe one, images stay within the pixel limits, and the name is cleaned with the
 * extension of the detected type (PNG bytes named `x.html` are stored as `x.png`).
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  const source = file && sourceOf(file)
  if ((operation !== 'create' && operation !== 'update') || !file || !source) return args
  const detected = await (typeof source === 'string' ? fileTypeFromFile(source) : fileTypeFromBuffer(source)).catch(() => undefined)
  if (!detected || !SAFE_MIME_TYPES.includes(detected.mime)) {
    throw refuse(req, collection.slug, file, 'media.typeNotAllowed', { type: detected?.mime ?? '—' })
  }
  if (detected.mime.startsWith('image/')) await checkImageSize(req, collection.slug, file)
  req.file = { ...file, mimetype: detected.mime, name: cleanFileName(file.name, detected.ext) }
  return args
}
