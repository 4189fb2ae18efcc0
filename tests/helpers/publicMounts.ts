import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { publicApiOptionsFromEnv, publicUrlsFromEnv } from '../../src/config/publicApi.js'
import type { PublicApiOptions } from '../../src/plugins/publicApi/handler.js'
import { createPublicApi } from '../../src/plugins/publicApi/handler.js'
import { createPublicServer } from '../../src/plugins/publicApi/nodeServer.js'

export type MountResponse = { status: number; headers: Headers; text: string; body: any; bytes: Buffer }

/** One way of reaching the public API: the Next route handlers, or the lean server over HTTP. */
export type Mount = {
  name: 'next' | 'lean'
  /** Where an HTTP mount listens (for requests that must see the raw bytes). */
  base?: string
  fetch: (path: string, init?: RequestInit) => Promise<MountResponse>
  /** A media file URL as this deployment serves it (under Next, Payload's own REST handler). */
  file: (url: string) => Promise<Response>
  close: () => Promise<void>
}

const read = async (response: Response): Promise<MountResponse> => {
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // an empty (304, HEAD) or non-JSON body
  }
  return { status: response.status, headers: response.headers, text, body, bytes }
}

const pathOf = (url: string) => new URL(url, 'http://localhost').pathname

/** The last segment of a path, decoded as Next decodes a dynamic segment (left as it is when it cannot be). */
const segmentOf = (url: string) => {
  const path = pathOf(url)
  const encoded = path.slice(path.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

type RouteModule = Record<string, unknown>
type FileHandler = (request: Request, context: { params: Promise<{ filename: string }> }) => Promise<Response> | Response

/** The Next app's route modules for the public API, called with a `Request` as Next calls them. */
export const nextMount = async (): Promise<Mount> => {
  const routes = {
    api: (await import('../../src/app/(public)/api/public/[...path]/route.js')) as RouteModule,
    ping: (await import('../../src/app/(public)/api/public/ping/route.js')) as RouteModule,
    openapi: (await import('../../src/app/(public)/api/openapi.json/route.js')) as RouteModule,
    search: (await import('../../src/app/(public)/api/search/route.js')) as RouteModule,
    sitemap: (await import('../../src/app/(public)/sitemap.xml/route.js')) as RouteModule,
    sitemaps: (await import('../../src/app/(public)/sitemaps/[file]/route.js')) as RouteModule,
    file: (await import('../../src/app/(public)/api/media/file/[filename]/route.js')) as RouteModule,
  }
  /** The route module Next would pick for a path (static segments before the catch-all). */
  const routeOf = (path: string) => {
    const pathname = path.split('?')[0]
    if (pathname === '/api/openapi.json') return routes.openapi
    if (pathname === '/api/public/ping') return routes.ping
    if (pathname === '/api/search') return routes.search
    if (pathname === '/sitemap.xml') return routes.sitemap
    if (/^\/sitemaps\/[^/]+$/.test(pathname)) return routes.sitemaps
    if (/^\/api\/media\/file\/[^/]+$/.test(pathname)) return routes.file
    return routes.api
  }
  return {
    name: 'next',
    fetch: async (path, init = {}) => {
      const route = routeOf(path)
      const method = (init.method ?? 'GET').toUpperCase()
      const handler = route[method] as FileHandler | undefined
      if (!handler) return { status: 405, headers: new Headers(), text: '', body: '', bytes: Buffer.alloc(0) }
      // Only the file route reads its dynamic segment (decoded, as Next gives it); the others take the request alone.
      return read(
        await handler(new Request(`http://localhost:3000${path}`, init), { params: Promise.resolve({ filename: segmentOf(path) }) }),
      )
    },
    // As Next routes /api/media/file/<name>: to the public route module, which hands the request to Payload's.
    file: async (url) => {
      const path = pathOf(url)
      return (routes.file.GET as FileHandler)(new Request(`http://localhost:3000${path}`), {
        params: Promise.resolve({ filename: segmentOf(path) }),
      })
    },
    close: async () => undefined,
  }
}

/**
 * The lean server (`node:http`) on a random port, on the given Payload instance, with the public API's
 * settings as the environment has them now (as `scripts/serve-public.ts` reads them at its start).
 */
export const leanMount = async (payload: Payload, options: PublicApiOptions = {}): Promise<Mount> => {
  const fromEnv = { ...publicApiOptionsFromEnv(process.env), urls: publicUrlsFromEnv(payload.config.serverURL, process.env) }
  const server: Server = createPublicServer(createPublicApi(payload, { serveFiles: true, ...fromEnv, ...options }), {
    production: fromEnv.production,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return httpMount('lean', base, async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
}

/** A public API reached over HTTP at `base` (a lean server in this process or another). */
export const httpMount = (name: Mount['name'], base: string, close: () => Promise<void> = async () => undefined): Mount => ({
  name,
  base,
  // fetch asks for gzip and br by itself; a request that does not say otherwise gets what the Next mount's
  // Request (no Accept-Encoding) gets, so the two answers compare header for header.
  fetch: async (path, init = {}) => {
    const headers = new Headers(init.headers)
    if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'identity')
    return read(await fetch(`${base}${path}`, { ...init, headers }))
  },
  file: (url) => fetch(`${base}${pathOf(url)}`),
  close,
})

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
