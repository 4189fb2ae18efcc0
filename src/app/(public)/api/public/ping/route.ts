/*
 * A constant body, without Payload: the ceiling of Next's request path, which `npm run bench` measures
 * against the same body behind bare node:http. The lean server answers the same path with the same body.
 */
import { publicSecurityHeaders } from '../../../../../config/securityHeaders.mjs'

export const dynamic = 'force-dynamic'

const headers = {
  ...publicSecurityHeaders(process.env.NODE_ENV === 'production'),
  'Access-Control-Allow-Origin': '*',
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
}

export const GET = () => new Response('{"ok":true}', { headers })
