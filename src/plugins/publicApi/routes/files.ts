import type { Payload } from 'payload'

import { FILES_PATH, publicFile } from '../files.js'
import { refusal } from '../openapiParts.js'
import type { PlainRequest, PublicRoute } from './types.js'
import { READ_METHODS } from './types.js'

const FILE_PATH = `${FILES_PATH}{filename}`

/** A media file through Payload's own handler, as an anonymous caller: only files of public records. */
const servePublicFile = (payload: Payload, plain: PlainRequest): Promise<Response> => {
  const headers = new Headers()
  for (const name of ['range', 'if-none-match', 'if-modified-since']) {
    const value = plain.header(name)
    if (value) headers.set(name, value)
  }
  return publicFile(payload, new URL(plain.url, 'http://public.invalid').pathname, plain.method, headers)
}

/**
 * Media files of public records, for the lean server (under Next, Payload's own route serves them, staff
 * included); Payload's handler sets their validators, so the response cache stays out of the way.
 */
export const filesRoute: PublicRoute = {
  name: 'files',
  paths: [FILE_PATH],
  methods: READ_METHODS,
  cached: false,
  handle: async ({ plain }, { payload }) => ({ status: 0, headers: {}, response: await servePublicFile(payload, plain) }),
  document: ({ config }) => {
    const upload = config.collections.find((collection) => collection.slug === 'media')?.upload
    const types = (typeof upload === 'object' && upload.mimeTypes) || ['application/octet-stream']
    return {
      paths: {
        [FILE_PATH]: {
          get: {
            operationId: 'getMediaFile',
            summary: 'A file attached to a public record (other files are 403/404 to the public)',
            parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              200: {
                description: 'The file',
                content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
              },
              304: { description: 'Not modified' },
              400: refusal('A name with control characters or broken percent-encoding (`param`: `filename`), or one outside the files'),
              // Payload answers the public 403 for a file of no public record and for one that does not exist alike.
              403: refusal('Not a file the public may read (the file of no public record, or no such file)'),
              404: refusal('No such file'),
            },
          },
        },
      },
    }
  },
}
