import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

/**
 * A media file through Payload's own file handler, as an anonymous caller with no credentials: only files
 * of public records are served. `headers` carries conditional and range headers through.
 */
export const publicFile = (payload: Payload, pathname: string, method = 'GET', headers = new Headers()): Promise<Response> =>
  handleEndpoints({ config: payload.config, request: new Request(`http://public.invalid${pathname}`, { method, headers }) })
