/**
 * Where things live for readers outside the CMS: the absolute origin of this API (files, covers, QR
 * codes, feeds), and the pages of a record on the government website and on its mobile site. Record
 * URLs are templates with `{collection}` and `{id}`.
 */
export type PublicUrls = { origin: string; record: string; mobile: string }

const trimSlash = (url: string) => url.replace(/\/+$/, '')

/** Where `next start` listens without `PORT`. */
export const NEXT_DEFAULT_PORT = 3000

/**
 * The origin is `base`, else Payload's `serverURL`, else localhost on `port` (the port this process listens
 * on); record pages default to paths under the origin.
 */
export const resolvePublicUrls = (
  serverURL: string | undefined,
  { base, record, mobile }: { base?: string; record?: string; mobile?: string } = {},
  port = NEXT_DEFAULT_PORT,
): PublicUrls => {
  const origin = trimSlash(base || serverURL || `http://localhost:${port}`)
  return { origin, record: record || `${origin}/{collection}/{id}`, mobile: mobile || `${origin}/m/{collection}/{id}` }
}

export const fillUrl = (template: string, collection: string, id: string | number) =>
  template.replaceAll('{collection}', collection).replaceAll('{id}', encodeURIComponent(String(id)))

/** An absolute URL for a path or URL found in content; `null` for schemes a reader must never follow. */
export const absoluteUrl = (value: string, origin: string): string | null => {
  try {
    const url = new URL(value, `${origin}/`)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.toString() : null
  } catch {
    return null
  }
}
