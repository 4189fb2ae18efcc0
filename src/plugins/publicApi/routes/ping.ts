import { json } from '../openapiParts.js'
import type { PublicRoute } from './types.js'
import { PUBLIC_BASE_PATH, READ_METHODS } from './types.js'

export const PING_PATH = `${PUBLIC_BASE_PATH}/ping`
export const PING_BODY = '{"ok":true}'

/** Liveness: a constant body, never cached (the Next mount answers it without Payload, with the same body). */
export const pingRoute: PublicRoute = {
  name: 'ping',
  paths: [PING_PATH],
  methods: READ_METHODS,
  cached: false,
  handle: async () => ({
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: PING_BODY,
  }),
  document: () => ({
    paths: {
      [PING_PATH]: {
        get: {
          operationId: 'ping',
          summary: 'Liveness',
          responses: {
            200: { description: 'Alive', content: json({ type: 'object', required: ['ok'], properties: { ok: { const: true } } }) },
          },
        },
      },
    },
  }),
}
