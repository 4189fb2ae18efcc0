/*
 * A constant body, without Payload: the ceiling of Next's request path, which `npm run bench` measures
 * against the same body behind bare node:http. The lean server answers the same path with the same body.
 */
import { isProduction } from '../../../../../config/variables.js'
import { publicSecurityHeaders } from '../../../../../lib/securityHeaders.mjs'
import { methodNotAllowed } from '../../../../../plugins/publicApi/errors.js'
import { PING_BODY, pingRoute } from '../../../../../plugins/publicApi/routes/ping.js'

export const dynamic = 'force-dynamic'

const HEADERS = {
  ...publicSecurityHeaders(isProduction()),
  'Access-Control-Allow-Origin': '*',
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
}

export const GET = () => new Response(PING_BODY, { headers: HEADERS })

/** As the route table refuses other methods (the lean server answers this path through it). */
const notAllowed = (request: Request) => {
  const refused = methodNotAllowed(request.method, pingRoute.methods)
  return new Response(JSON.stringify({ errors: [{ message: refused.message }] }), {
    status: 405,
    headers: { ...HEADERS, ...refused.headers },
  })
}
export const POST = notAllowed
export const PUT = notAllowed
export const PATCH = notAllowed
export const DELETE = notAllowed
