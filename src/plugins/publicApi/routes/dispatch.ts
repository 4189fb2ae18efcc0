import type { Payload } from 'payload'

import { allowOf, methodNotAllowed, notFound, PublicApiError } from '../errors.js'
import type { RateLimiter } from '../../../lib/rateLimit.js'
import { rateLimiter } from '../../../lib/rateLimit.js'
import type { representations } from './answers.js'
import { JSON_TYPE } from './answers.js'
import type { Method, PlainRequest, PlainResponse, PublicRoute, RouteAnswer, RouteContext, RouteRequest, WriteRoute } from './types.js'

const METHOD_ORDER: Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A path template (`/api/public/wechat/{collection}/{id}`) as a matcher of the raw, still percent-encoded path. */
const compile = (template: string) => {
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+)` : escapeRegExp(part)))
    .join('')
  return new RegExp(`^${pattern}$`)
}

type Entry = { route: PublicRoute; write: boolean; matchers: RegExp[]; limiter: RateLimiter | null }

export type DispatchDeps = {
  payload: Payload
  context: RouteContext
  answers: ReturnType<typeof representations>
  corsHeaders: (origin: string | null | undefined) => Record<string, string>
  clientOf: (plain: PlainRequest) => string
}

/** Why a write's body is refused, or its JSON: a write takes `application/json` only, so a cross-site form cannot send one. */
const jsonBody = (plain: PlainRequest, text: string): unknown => {
  const type = plain.header('content-type')?.split(';')[0].trim().toLowerCase()
  if (type !== 'application/json')
    throw new PublicApiError(415, 'body: send JSON with Content-Type: application/json / 請求體須為 JSON', 'body')
  try {
    return JSON.parse(text)
  } catch {
    throw new PublicApiError(400, 'body: not JSON / 請求體須為 JSON', 'body')
  }
}

/** The body as text, up to `max` bytes: what is declared and what arrives are both checked. */
const readBody = async (plain: PlainRequest, max: number) => {
  const tooLarge = () => new PublicApiError(413, `body: larger than ${max} bytes / 請求過大`)
  if (Number(plain.header('content-length') ?? 0) > max) throw tooLarge()
  const text = (await plain.body?.()) ?? ''
  if (text.length > max) throw tooLarge()
  return text
}

/**
 * The one place that turns a request into a route's answer: match the path, check the method (405 with
 * `Allow`), answer preflights, limit the rate and the body, map errors to responses, and send bodies through
 * the response cache with ETags, 304s and compression. Write routes go through the same steps, never cached.
 */
export const createDispatcher = (reads: readonly PublicRoute[], writes: readonly WriteRoute[], deps: DispatchDeps) => {
  const { payload, context, answers, corsHeaders, clientOf } = deps
  const entries: Entry[] = [...reads.map((route) => ({ route, write: false })), ...writes.map((route) => ({ route, write: true }))].map(
    ({ route, write }) => ({
      route,
      write,
      matchers: route.paths.map(compile),
      limiter: route.rateLimit ? rateLimiter(route.rateLimit.of(context.options)) : null,
    }),
  )
  const everyMethod = new Set(entries.flatMap(({ route }) => route.methods))
  const preflightMethods = allowOf(METHOD_ORDER.filter((method) => everyMethod.has(method)))

  const match = (path: string) => {
    for (const entry of entries) {
      for (const matcher of entry.matchers) {
        const found = matcher.exec(path)
        if (found) return { entry, params: { ...found.groups } }
      }
    }
    return null
  }

  const error = (err: unknown, cors: Record<string, string>): PlainResponse => {
    const known = err instanceof PublicApiError
    if (!known) payload.logger.error({ err, msg: 'public API error' })
    const status = known ? err.status : 500
    const message = known ? err.message : 'Something went wrong.'
    const body = JSON.stringify({ errors: [{ message, ...(known && err.param ? { param: err.param } : {}) }] })
    return { status, headers: { ...cors, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...(known ? err.headers : {}) }, body }
  }

  const send = async (entry: Entry, plain: PlainRequest, cors: Record<string, string>, answer: RouteAnswer): Promise<PlainResponse> => {
    if ('compute' in answer) {
      if (entry.route.cached && !entry.write) return answers.answer(plain, cors, await answers.cachedBody(answer.key, answer.compute))
      if (!entry.write) return answers.answer(plain, cors, await answers.freshBody(answer.compute))
      const { body, contentType } = await answer.compute()
      return { status: 200, headers: { ...cors, 'Content-Type': contentType ?? JSON_TYPE, 'Cache-Control': 'no-store' }, body }
    }
    if ('etag' in answer) return answers.answer(plain, cors, answer)
    return { ...answer, headers: { ...cors, ...answer.headers } }
  }

  const respond = async (plain: PlainRequest): Promise<PlainResponse> => {
    const cors = corsHeaders(plain.header('origin'))
    try {
      const url = new URL(plain.url, 'http://public.invalid')
      const path = url.pathname.length > 1 && url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname
      if (plain.method === 'OPTIONS') {
        return {
          status: 204,
          headers: {
            ...cors,
            'Access-Control-Allow-Methods': preflightMethods,
            'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
            'Access-Control-Max-Age': '86400',
          },
          body: null,
        }
      }
      const found = match(path)
      if (!found) throw notFound()
      const { entry, params } = found
      const { route } = entry
      if (!route.methods.includes(plain.method as Method)) throw methodNotAllowed(plain.method, route.methods)
      const wait = entry.limiter?.take(clientOf(plain)) ?? null
      if (wait !== null) throw new PublicApiError(429, route.rateLimit!.message(wait), undefined, { 'Retry-After': String(wait) })
      const request: RouteRequest = { plain, url, path, params }
      if (route.maxBody !== undefined && plain.method !== 'GET' && plain.method !== 'HEAD') {
        request.text = await readBody(plain, route.maxBody)
        if (entry.write) request.json = jsonBody(plain, request.text)
      }
      // A route sees the request's body only through `text` and `json`, read above within its limit.
      const { body: _unread, ...bodiless } = plain
      return await send(entry, plain, cors, await route.handle({ ...request, plain: bodiless }, context))
    } catch (err) {
      return error(err, cors)
    }
  }

  return { respond }
}
