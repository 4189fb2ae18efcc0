import type { CollectionSlug, Payload, PopulateType, SelectType } from 'payload'
import QRCode from 'qrcode'
import sharp from 'sharp'

import type { UntypedDoc } from '../../core/docs.js'
import { fitTo, WECHAT_LIMITS } from '../../lib/wechatLimits.js'
import { lexicalText } from '../../lib/search/text.js'
import type { MediaLike } from './articleHtml.js'
import { articleHtml, uploadIdsOf } from './articleHtml.js'
import { notFound } from './errors.js'
import { publicFile } from './files.js'
import { idKindOf, parseId } from './query.js'
import type { PublicUrls } from './urls.js'
import { absoluteUrl, fillUrl } from './urls.js'

export const WECHAT_PATH = '/api/public/wechat'
/** WeChat's cover ratio (2.35:1) at the size its editor uses, and the square thumbnail of shares. */
export const COVER = { width: 900, height: 383 }
export const THUMB = { width: 300, height: 300 }

type MediaDoc = MediaLike & {
  id: string | number
  updatedAt?: string
  filesize?: number | null
  focalX?: number | null
  focalY?: number | null
}

const MEDIA_SELECT = {
  url: true,
  filename: true,
  mimeType: true,
  alt: true,
  width: true,
  height: true,
  filesize: true,
  updatedAt: true,
} as const

const SELECT = {
  disclosures: {
    title: true,
    shortTitle: true,
    summary: true,
    department: true,
    cover: true,
    attachments: true,
    body: true,
    publishedAt: true,
    updatedAt: true,
    indexNumber: true,
    documentNumber: true,
  },
  interpretations: {
    title: true,
    shortTitle: true,
    department: true,
    cover: true,
    attachments: true,
    body: true,
    publishedAt: true,
    updatedAt: true,
    interpreter: true,
  },
} as const

const isImage = (media: unknown): media is MediaDoc =>
  !!media && typeof media === 'object' && !!(media as MediaDoc).mimeType?.startsWith('image/') && !!(media as MediaDoc).url

/**
 * What an official account or mini-program needs to publish a record as an article, read as the
 * anonymous caller: a record that is not public is a 404, and only files the public may read appear.
 */
export const buildArticle = async (payload: Payload, record: string, rawId: string, urls: PublicUrls) => {
  const id = parseId(rawId, 'id', idKindOf(payload.db))
  const doc = (await payload.findByID({
    collection: record as CollectionSlug,
    id,
    depth: 1,
    select: SELECT[record as keyof typeof SELECT] as SelectType,
    populate: { departments: { name: true, shortName: true }, media: MEDIA_SELECT } as PopulateType,
    joins: false as never,
    overrideAccess: false,
    disableErrors: true,
  })) as UntypedDoc | null
  if (!doc) throw notFound(`no public ${record} ${rawId} / 未找到`)
  // Uploads in the body, read as the public: a file it may not read is left out of the HTML.
  const bodyIds = uploadIdsOf(doc.body)
  const media = new Map<string, MediaDoc>()
  if (bodyIds.length) {
    const found = await payload.find({
      collection: 'media' as CollectionSlug,
      where: { id: { in: bodyIds } },
      select: MEDIA_SELECT,
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    for (const file of found.docs as MediaDoc[]) media.set(String(file.id), file)
  }
  const attachments = ((doc.attachments ?? []) as unknown[]).filter(
    (file): file is MediaDoc => !!file && typeof file === 'object' && !!(file as MediaDoc).url,
  )
  const coverSource = [doc.cover, ...attachments, ...bodyIds.map((bodyId) => media.get(bodyId))].find(isImage) ?? null
  const department =
    doc.department && typeof doc.department === 'object' ? { id: doc.department.id, name: doc.department.name as string } : null
  const text = lexicalText(doc.body)
  const digestSource = String(doc.summary || text)
    .replace(/\s+/g, ' ')
    .trim()
  const base = `${urls.origin}${WECHAT_PATH}/${record}/${doc.id}`
  const file = (url: string) => absoluteUrl(url, urls.origin)
  return {
    type: record,
    id: doc.id,
    // The draft API refuses longer titles and authors: the editor's short title, else the title cut.
    title: fitTo(String(doc.shortTitle || doc.title || ''), WECHAT_LIMITS.title),
    digest: fitTo(digestSource, WECHAT_LIMITS.digest),
    author: department ? fitTo(String(doc.department.shortName || department.name), WECHAT_LIMITS.author) : null,
    department,
    publishedAt: doc.publishedAt ?? null,
    ...(record === 'disclosures'
      ? { indexNumber: doc.indexNumber ?? null, documentNumber: doc.documentNumber ?? null }
      : { interpreter: doc.interpreter ?? null }),
    content: articleHtml(doc.body, media, urls.origin),
    contentSourceUrl: fillUrl(urls.record, record, doc.id),
    mobileUrl: fillUrl(urls.mobile, record, doc.id),
    cover: { url: `${base}/cover.jpg`, ...COVER, source: coverSource ? file(coverSource.url!) : null },
    thumb: { url: `${base}/thumb.jpg`, ...THUMB },
    qrCode: { png: `${base}/qr.png`, svg: `${base}/qr.svg` },
    attachments: attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      url: file(attachment.url!),
      mimeType: attachment.mimeType ?? null,
      filesize: attachment.filesize ?? null,
    })),
    updatedAt: doc.updatedAt ?? null,
  }
}

export type Article = Awaited<ReturnType<typeof buildArticle>>

/** Government red: the cover of a record without any image of its own. */
const PLAIN_BACKGROUND = { r: 0xb7, g: 0x1c, b: 0x1c }

/** The bytes of a public file, through Payload's own file handler as an anonymous caller. */
const publicFileBytes = async (payload: Payload, url: string): Promise<Buffer | null> => {
  const response = await publicFile(payload, new URL(url).pathname)
  if (response.status !== 200) return null
  return Buffer.from(await response.arrayBuffer())
}

const images = new Map<string, Buffer>()
const MAX_IMAGES = 200

/**
 * The cover (exactly 900×383) or square thumbnail of an article as JPEG: its image cropped around the
 * most interesting region (sharp's attention strategy), or a plain cover when it has none. Kept in a
 * small in-process map keyed by the source file and its version.
 */
export const articleImage = async (payload: Payload, article: Article, kind: 'cover' | 'thumb'): Promise<Buffer> => {
  const size = kind === 'cover' ? COVER : THUMB
  const key = `${kind}:${article.cover.source ?? 'plain'}:${article.updatedAt}`
  const known = images.get(key)
  if (known) return known
  const plain = () => sharp({ create: { width: size.width, height: size.height, channels: 3, background: PLAIN_BACKGROUND } })
  const encode = (image: sharp.Sharp) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
  const source = article.cover.source ? await publicFileBytes(payload, article.cover.source).catch(() => null) : null
  let bytes: Buffer
  try {
    bytes = source
      ? await encode(sharp(source).rotate().resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention }))
      : await encode(plain())
  } catch (err) {
    payload.logger.warn({ err, msg: `cover of ${article.type} ${article.id}: the image could not be read; a plain cover is served` })
    bytes = await encode(plain())
  }
  // A plain cover standing in for an image that could not be read is not kept: the next request tries again.
  if (source || !article.cover.source) images.set(key, bytes)
  if (images.size > MAX_IMAGES) images.delete(images.keys().next().value!)
  return bytes
}

/** Pixels per QR module and quiet-zone modules around the code (the standard asks for at least 4). */
const QR_SCALE = 10
const QR_MARGIN = 4

/**
 * A QR code of the record's mobile URL: the matrix from `qrcode`, drawn as PNG by sharp (qrcode's own
 * PNG writer is pure JS and slower) or as qrcode's SVG.
 */
export const articleQrCode = async (article: Article, format: 'png' | 'svg'): Promise<Buffer | string> => {
  if (format === 'svg') return QRCode.toString(article.mobileUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: QR_MARGIN })
  const { modules } = QRCode.create(article.mobileUrl, { errorCorrectionLevel: 'M' })
  const side = (modules.size + 2 * QR_MARGIN) * QR_SCALE
  const pixels = Buffer.alloc(side * side, 255)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let dy = 0; dy < QR_SCALE; dy++) {
        const start = ((row + QR_MARGIN) * QR_SCALE + dy) * side + (col + QR_MARGIN) * QR_SCALE
        pixels.fill(0, start, start + QR_SCALE)
      }
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer()
}
