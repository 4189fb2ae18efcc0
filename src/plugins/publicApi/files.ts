import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

import { badParam, type PublicApiError } from './errors.js'

export const FILES_PATH = '/api/media/file/'

/**
 * Why a file name from a URL is refused before any lookup, or null. A NUL reaches PostgreSQL as a query value
 * and fails there (a 500); no stored name holds control characters, so none is asked for.
 */
export const filenameRefusal = (encoded: string): PublicApiError | null => {
  let name: string
  try {
    name = decodeURIComponent(encoded)
  } catch {
    return badParam('filename', 'not a valid percent-encoded name / 文件名編碼無效')
  }
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this check
  return /[\u0000-\u001f\u007f]/.test(name) ? badParam('filename', 'control characters are not allowed / 文件名不能包含控制字符') : null
}

/**
 * A media file through Payload's own file handler, as an anonymous caller with no credentials: only files
 * of public records are served. `headers` carries conditional and range headers through.
 */
export const publicFile = (payload: Payload, pathname: string, method = 'GET', headers = new Headers()): Promise<Response> => {
  const refused = filenameRefusal(pathname.slice(pathname.lastIndexOf('/') + 1))
  if (refused) throw refused
  return handleEndpoints({ config: payload.config, request: new Request(`http://public.invalid${pathname}`, { method, headers }) })
}
