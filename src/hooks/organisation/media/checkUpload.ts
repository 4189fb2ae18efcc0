import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { invalidField } from '../../../core/errors.js'
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

const refuse = (collection: string, file: UploadedFile, rule: string) =>
  invalidField(collection, 'file', `${rule}: ${file.name.replace(UNSAFE_NAME_CHARACTERS, '')}`)

/** The bytes, in memory or (with `useTempFiles`) in the temporary file. */
const sourceOf = (file: UploadedFile): Buffer | string | undefined =>
  file.data?.length ? file.data : file.tempFilePath || undefined

const checkImageSize = async (req: PayloadRequest, collection: string, file: UploadedFile) => {
  const sharp = req.payload.config.sharp
  if (!sharp) return
  // metadata() reads the header only: nothing is decoded.
  const metadata = await sharp(sourceOf(file)).metadata().catch(() => null)
  if (!metadata) throw refuse(collection, file, '無法讀取圖片 / the image cannot be read')
  const { width = 0, height = 0, pages = 1 } = metadata
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height * pages > MAX_IMAGE_PIXELS) {
    throw refuse(
      collection,
      file,
      `圖片過大（${width} × ${height}），上限 ${MAX_IMAGE_PIXELS / 1e6} 百萬像素、邊長 ${MAX_IMAGE_SIDE} / the image is ${width} × ${height} pixels; at most ${MAX_IMAGE_PIXELS / 1e6} megapixels and ${MAX_IMAGE_SIDE} pixels a side are accepted`,
    )
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
    throw refuse(
      collection.slug,
      file,
      `不允許的文件類型（${detected?.mime ?? '無法識別'}） / the file's content is ${detected?.mime ?? 'of no recognised type'}, which is not an allowed type`,
    )
  }
  if (detected.mime.startsWith('image/')) await checkImageSize(req, collection.slug, file)
  req.file = { ...file, mimetype: detected.mime, name: cleanFileName(file.name, detected.ext) }
  return args
}
