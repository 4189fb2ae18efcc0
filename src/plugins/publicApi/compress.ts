import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Bodies smaller than this go as they are: the headers and the CPU would cost more than the bytes saved. */
export const COMPRESS_MIN_BYTES = 1024

const compressible = (contentType: string) => /^(application\/([\w.+-]*json|[\w.+-]*xml)|text\/|image\/svg\+xml)/.test(contentType)

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * The encoding to answer with, from `Accept-Encoding`: br when the client takes it, else gzip, else none.
 * `q=0` refuses a coding; `*` stands for any other.
 */
export const negotiateEncoding = (header: string | null | undefined): Encoding | null => {
  if (!header) return null
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1)
  }
  const weight = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br'
  return weight('gzip') > 0 ? 'gzip' : null
}

/** Whether a body would be compressed for some client, so its responses vary by `Accept-Encoding`. */
export const isCompressible = (contentType: string, body: string | Uint8Array) =>
  compressible(contentType) && Buffer.byteLength(body) >= COMPRESS_MIN_BYTES

/**
 * Compressed bodies by ETag and encoding. An ETag names the bytes, so an entry is never stale: a hit is the
 * same answer as compressing again. Bounded by total size, least recently used out first; per process,
 * and only a cache (a miss costs one compression).
 */
export const compressedBodies = (maxBytes = 64 * 1024 * 1024) => {
  const entries = new Map<string, Promise<Buffer>>()
  const sizes = new Map<string, number>()
  let total = 0
  const evict = () => {
    for (const key of entries.keys()) {
      if (total <= maxBytes) return
      total -= sizes.get(key) ?? 0
      entries.delete(key)
      sizes.delete(key)
    }
  }
  const compress = (body: string | Uint8Array, encoding: Encoding) =>
    encoding === 'br'
      ? // Quality 5: about gzip's ratio or better at a fraction of brotli 11's time (a 2 MB body in tens of ms).
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) } })
      : gzipped(body)
  return {
    get: (etag: string, encoding: Encoding, body: string | Uint8Array): Promise<Buffer> => {
      const key = `${encoding}:${etag}`
      const known = entries.get(key)
      if (known) {
        entries.delete(key)
        entries.set(key, known)
        return known
      }
      const pending = compress(body, encoding)
      entries.set(key, pending)
      pending.then(
        (bytes) => {
          if (entries.get(key) !== pending) return
          sizes.set(key, bytes.length)
          total += bytes.length
          evict()
        },
        () => entries.delete(key),
      )
      return pending
    },
  }
}

/** The ETag of an encoded representation: its own strong validator, tied to the identity one. */
export const encodedEtag = (etag: string, encoding: Encoding | null) => (encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag)

/** The identity ETag a tag of any representation stands for (weak or strong, any encoding). */
export const baseEtag = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/-(br|gzip)"$/, '"')
