/**
 * What the staff API's HTTP route accepts before Payload reads a byte (README "Limits of the staff
 * API"). Payload reads and parses a JSON body before it checks access (a 100 MB body took 20 s),
 * sends a body of another type on to the operation as no data at all (a 500), and parses `?where=`
 * JSON without catching its error: each is answered here, in the wrapper of the route's handlers.
 */

/** Largest JSON (or form-encoded query) body of a staff request. Uploads keep Payload's own limits. */
export const MAX_JSON_BODY_BYTES = 1_048_576

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
/** Query parameters Payload parses with JSON.parse when they are sent as one string. */
const JSON_QUERY_PARAMETERS = ['where', 'data']

const refuse = (status: 400 | 413 | 415, parameter: string, message: string): Response =>
  Response.json({ errors: [{ name: 'APIError', data: { parameter }, message: `${message} (${parameter})` }] }, { status })

const mediaTypeOf = (request: Request): string => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

/** Payload's own POST-as-GET (the admin's long relationship queries): a form-encoded query string as the body. */
const isQueryOverride = (request: Request): boolean =>
  request.method === 'POST' &&
  [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

const parsesAsObject = (text: string): boolean => {
  try {
    return isObject(JSON.parse(text))
  } catch {
    return false
  }
}

/** The body's bytes when there are at most `max` of them; `undefined` as soon as there are more (the rest is never read). */
const readAtMost = async (body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> => {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
}

/** The same request with the bytes read, its media type as Payload compares it (lower case, no parameters). */
const readAgain = (request: Request, bytes: Uint8Array, mediaType: string): Request => {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  if (mediaType) headers.set('content-type', mediaType)
  return new Request(request.url, {
    method: request.method,
    headers,
    body: bytes.byteLength ? new Uint8Array(bytes) : undefined,
    signal: request.signal,
  })
}

const checkQuery = (request: Request): Response | undefined => {
  const { searchParams } = new URL(request.url)
  for (const name of JSON_QUERY_PARAMETERS) {
    const value = searchParams.get(name)
    if (value && !parsesAsObject(value))
      return refuse(400, name, `須為 JSON 對象或 ${name}[…] 參數 / ${name} must be a JSON object or ${name}[…] parameters`)
  }
  return undefined
}

/**
 * Wraps the handlers of the staff REST route (and, for the size limit alone, GraphQL): a JSON body
 * over `maxJsonBytes` is 413 — by its Content-Length before reading, or while counting a chunked one;
 * a body that is not a JSON object is 400 (`null`, a list, a string) or 415 (another Content-Type).
 * Multipart bodies go through untouched: uploads have Payload's size limits (suite option `maxUploadBytes`).
 */
export const limitRequestBodies =
  <Rest extends unknown[]>(handler: Handler<Rest>, { maxJsonBytes = MAX_JSON_BODY_BYTES, jsonObjectsOnly = true } = {}): Handler<Rest> =>
  async (request, ...rest) => {
    const badQuery = jsonObjectsOnly ? checkQuery(request) : undefined
    if (badQuery) return badQuery
    const mediaType = mediaTypeOf(request)
    if (!request.body || !BODY_METHODS.has(request.method) || mediaType.startsWith('multipart/')) return handler(request, ...rest)
    const tooLarge = () => refuse(413, 'body', `請求體超過 ${maxJsonBytes} 字節 / the request body is larger than ${maxJsonBytes} bytes`)
    if (Number(request.headers.get('content-length')) > maxJsonBytes) {
      await request.body.cancel().catch(() => undefined)
      return tooLarge()
    }
    const bytes = await readAtMost(request.body, maxJsonBytes)
    if (!bytes) return tooLarge()
    const again = readAgain(request, bytes, mediaType)
    if (!jsonObjectsOnly || bytes.byteLength === 0) return handler(again, ...rest)
    if (mediaType === 'application/x-www-form-urlencoded' && isQueryOverride(request)) return handler(again, ...rest)
    if (mediaType !== 'application/json') {
      return refuse(
        415,
        'Content-Type',
        `請以 application/json 或 multipart/form-data 發送 / send the body as application/json (or multipart/form-data for uploads), not "${mediaType || 'none'}"`,
      )
    }
    if (!parsesAsObject(Buffer.from(bytes).toString('utf8')))
      return refuse(400, 'body', '請求體須為 JSON 對象 / the request body must be a JSON object')
    return handler(again, ...rest)
  }
