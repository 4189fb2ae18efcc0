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
 * `PUBLIC_BASE_URL`, `PUBLIC_RECORD_URL`, `PUBLIC_MOBILE_URL`; the origin falls back to Payload's `serverURL`,
 * then to localhost on `port`, the port this process listens on (`PORT`; the lean server passes its own default).
 */
export const publicUrlsFromEnv = (serverURL: string | undefined, env = process.env, port = Number(env.PORT) || NEXT_DEFAULT_PORT): PublicUrls => {
  const origin = trimSlash(env.PUBLIC_BASE_URL?.trim() || serverURL || `http://localhost:${port}`)
  return {
    origin,
    record: env.PUBLIC_RECORD_URL?.trim() || `${origin}/{collection}/{id}`,
    mobile: env.PUBLIC_MOBILE_URL?.trim() || `${origin}/m/{collection}/{id}`,
  }
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
