import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'

const FILE_PATH = '/file/:filename'

/** RFC 6266 with the RFC 5987 `filename*` for names beyond ASCII, and an ASCII fallback for old clients. */
export const contentDisposition = (type: 'attachment' | 'inline', filename: string): string => {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

/**
 * Browsers never sniff a file into something else, and open only images in place: anything else
 * (PDF, office documents) is downloaded, never rendered on our origin.
 */
export const withFileHeaders = (response: Response, filename: string | undefined): Response => {
  const headers = new Headers(response.headers)
  headers.set('X-Content-Type-Options', 'nosniff')
  if (response.ok && filename) {
    const isImage = (headers.get('Content-Type') ?? '').startsWith('image/') && !headers.get('Content-Type')?.includes('svg')
    headers.set('Content-Disposition', contentDisposition(isImage ? 'inline' : 'attachment', filename))
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const serveFile: PayloadHandler = async (req) => {
  const collection = req.payload.collections[req.routeParams?.collection as CollectionSlug]
  // Payload's own file handler (access check, local disk or a storage adapter, ranges) answers; we add
  // headers. Payload appends its endpoints after the collection's, so its one is the last match.
  const matches = (collection?.config.endpoints || []).filter((endpoint: Endpoint) => endpoint.path === FILE_PATH && endpoint.method === 'get')
  const own = matches.length > 1 ? matches[matches.length - 1] : undefined
  if (!own) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  return withFileHeaders(await own.handler(req), req.routeParams?.filename as string | undefined)
}

/**
 * Payload's `modifyResponseHeaders` sees neither the file name nor a storage adapter's response, so the
 * file route is wrapped instead: a collection's own endpoints are matched before Payload's.
 */
export const fileEndpoint: Endpoint = { path: FILE_PATH, method: 'get', handler: serveFile }
