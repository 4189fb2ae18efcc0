/*
 * /api/media/file/<name>: Payload's own file handler (staff keep their access: the request goes through as it
 * came, cookies included), after the name check the lean server makes too, so a NUL is a 400, not a
 * database error. More specific than Payload's /api/[...slug], so Next routes files here.
 */
import config from '@payload-config'
import { REST_GET, REST_OPTIONS } from '@payloadcms/next/routes'

import { isProduction } from '../../../../../../config/variables.js'
import { publicSecurityHeaders } from '../../../../../../lib/securityHeaders.mjs'
import { methodNotAllowed } from '../../../../../../plugins/publicApi/errors.js'
import { filenameRefusal } from '../../../../../../plugins/publicApi/files.js'
import { filesRoute } from '../../../../../../plugins/publicApi/routes/files.js'

type Context = { params: Promise<{ filename: string }> }

const payloadGet = REST_GET(config)
const payloadOptions = REST_OPTIONS(config)

const fileRoute = async (request: Request, { params }: Context) => {
  const encoded = new URL(request.url).pathname.split('/').pop() ?? ''
  const refused = filenameRefusal(encoded)
  if (refused) {
    const body = JSON.stringify({ errors: [{ message: refused.message, param: refused.param }] })
    return new Response(body, { status: refused.status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
  }
  const { filename } = await params
  return payloadGet(request, { params: Promise.resolve({ slug: ['media', 'file', filename] }) })
}

export const GET = fileRoute
export const OPTIONS = async (request: Request, { params }: Context) =>
  payloadOptions(request, { params: Promise.resolve({ slug: ['media', 'file', (await params).filename] }) })

/** Files are read-only here (uploads go to /api/media): the route table's 405, naming the methods it answers. */
const notAllowed = (request: Request) => {
  const refused = methodNotAllowed(request.method, filesRoute.methods)
  const headers = { ...publicSecurityHeaders(isProduction()), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...refused.headers }
  return new Response(JSON.stringify({ errors: [{ message: refused.message }] }), { status: 405, headers })
}
export const POST = notAllowed
export const PUT = notAllowed
export const PATCH = notAllowed
export const DELETE = notAllowed
