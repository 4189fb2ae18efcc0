/*
 * A constant body, without Payload: the ceiling of Next's request path, which `npm run bench` measures
 * against the same body behind bare node:http. The lean server answers the same path with the same body.
 */
import { isProduction } from '../../../../../config/variables.js'
import { publicSecurityHeaders } from '../../../../../lib/securityHeaders.mjs'
import { METHOD_NOT_ALLOWED } from '../../../../../plugins/publicApi/errors.js'

export const dynamic = 'force-dynamic'

const HEADERS = {
  ...publicSecurityHeaders(isProduction()),
  'Access-Control-Allow-Origin': '*',
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
}

export const GET = () => new Response('{"ok":true}', { headers: HEADERS })

/** As the handler refuses writes (the lean server answers this path through it). */
const notAllowed = () => new Response(JSON.stringify({ errors: [{ message: METHOD_NOT_ALLOWED }] }), { status: 405, headers: HEADERS })
export const POST = notAllowed
export const PUT = notAllowed
export const PATCH = notAllowed
export const DELETE = notAllowed
