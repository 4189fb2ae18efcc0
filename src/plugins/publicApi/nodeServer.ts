import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import { publicSecurityHeaders } from '../../lib/securityHeaders.mjs'
import type { PlainRequest, PublicApi } from './handler.js'

/** Where `npm run serve:public` listens without `PORT`. */
export const LEAN_DEFAULT_PORT = 3100

/** Reads at most `max` bytes of a body: past the largest any route reads, the rest is not kept (the route answers 413). */
const readBody = (req: IncomingMessage, max: number) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const headerOf = (req: IncomingMessage) => (name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

const plainOf = (req: IncomingMessage, maxBody: number): PlainRequest => ({
  method: req.method ?? 'GET',
  url: req.url ?? '/',
  header: headerOf(req),
  body: () => readBody(req, maxBody + 1),
  clientAddress: req.socket.remoteAddress,
})

const send = async (api: PublicApi, req: IncomingMessage, res: ServerResponse) => {
  const result = await api.respond(plainOf(req, api.maxBody))
  if ('response' in result) {
    const { response } = result
    // By lower-case name, so a header both sides set (nosniff) is sent once, the response's value winning.
    const headers: Record<string, string> = Object.fromEntries(
      Object.entries(result.headers).map(([name, value]) => [name.toLowerCase(), value]),
    )
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers[name] = value
    })
    res.writeHead(response.status, headers)
    if (!response.body || req.method === 'HEAD') return void res.end()
    Readable.fromWeb(response.body as WebReadableStream).pipe(res)
    return
  }
  res.writeHead(result.status, result.headers)
  res.end(req.method === 'HEAD' ? undefined : (result.body ?? undefined))
}

/**
 * The public read API behind bare `node:http`: the same handlers as the Next mount, without Next's
 * request path. Media files are served too (only those of public records), so a large site can route
 * every anonymous read to these instances. `production`: HSTS on its own error answers too.
 */
export const createPublicServer = (api: PublicApi, { production = false }: { production?: boolean } = {}): Server => {
  const security = publicSecurityHeaders(production)
  const server = createServer((req, res) => {
    send(api, req, res).catch((err) => {
      if (!res.headersSent)
        res.writeHead(500, { ...security, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end('{"errors":[{"message":"Something went wrong."}]}')
      console.error(err)
    })
  })
  // Longer than a load balancer's idle timeout (commonly 60 s), so the balancer closes idle connections first.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  return server
}
