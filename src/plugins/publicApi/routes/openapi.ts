import { json, ok, use } from '../openapiParts.js'
import { openApiDocument } from '../openapi.js'
import type { PublicRoute, RouteContext } from './types.js'
import { READ_METHODS } from './types.js'

export const OPENAPI_PATH = '/api/openapi.json'

/** Built once per API, from the routes it serves. */
const documents = new WeakMap<RouteContext, string>()
export const documentOf = (context: RouteContext) => {
  let document = documents.get(context)
  if (!document)
    documents.set(context, (document = JSON.stringify(openApiDocument(context.payload.config, context.routes, context.options))))
  return document
}

export const openApiRoute: PublicRoute = {
  name: 'openapi',
  paths: [OPENAPI_PATH],
  methods: READ_METHODS,
  cached: true,
  handle: async ({ path }, context) => ({ key: path, compute: async () => ({ body: documentOf(context), cacheable: true }) }),
  document: () => ({
    paths: {
      [OPENAPI_PATH]: {
        get: {
          operationId: 'openApiDocument',
          summary: 'This document',
          responses: {
            200: ok(
              'The OpenAPI 3.1 document',
              json({
                type: 'object',
                required: ['openapi', 'paths'],
                properties: { openapi: { const: '3.1.0' }, paths: { type: 'object' } },
              }),
            ),
            304: use('NotModified'),
          },
        },
      },
    },
  }),
}
