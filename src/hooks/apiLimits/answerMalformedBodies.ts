import type { AfterErrorHook } from 'payload'

const isMultipart = (contentType: string | null) => (contentType ?? '').toLowerCase().startsWith('multipart/')

/**
 * A multipart body Payload could not read (busboy's "Malformed part header" for a NUL in a file name,
 * "Unexpected end of form", a `_payload` that is not JSON) is the client's mistake: 400 naming the
 * body, not a 500. Payload sets `req.files`, then `req.data` from `_payload`, as the last steps of
 * reading the body: an error without a status before the files, or a SyntaxError before the data, came
 * from reading it. Refusals Payload or our hooks make carry their own status and are left alone.
 */
export const answerMalformedBodies: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== undefined || req.data !== undefined || !isMultipart(req.headers?.get('content-type') ?? null)) return
  if (req.files !== undefined && !(error instanceof SyntaxError)) return
  const message = `multipart 請求體無法解析 / the multipart/form-data body could not be read: ${error.message} (body)`
  return { status: 400, response: { errors: [{ name: 'APIError', data: { parameter: 'body' }, message }] } }
}
