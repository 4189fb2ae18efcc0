/*
 * /api/media/file/<name>: Payload's own file handler (staff keep their access: the request goes through as it
 * came, cookies included), after the name check the lean server makes too, so a NUL is a 400, not a
 * database error. More specific than Payload's /api/[...slug], so Next routes files here.
 */
import config from '@payload-config'
import { REST_GET, REST_OPTIONS } from '@payloadcms/next/routes'

import { filenameRefusal } from '../../../../../../plugins/publicApi/files.js'

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
