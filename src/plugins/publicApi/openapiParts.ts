import type { JsonSchema } from './query.js'
import { ref } from './openapiSchemas.js'

/** Pieces every route's part of the OpenAPI document is built from. */
export const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
export const errorContent = json(ref('Error'))
export const refusal = (description: string) => ({ description, content: errorContent })

export const RESPONSES = {
  NotModified: {
    description: 'Not modified: `If-None-Match` named the current ETag (of any encoding), or was `*`',
    headers: { ETag: { $ref: '#/components/headers/ETag' } },
  },
  BadRequest: refusal(
    'Refused: `param` names the parameter and the message the rule (unknown or repeated parameter, a value of the wrong form or out of range)',
  ),
  NotFound: refusal('No such public document: one that exists but is not public answers the same'),
}
export const use = (name: keyof typeof RESPONSES) => ({ $ref: `#/components/responses/${name}` })

/** Headers of every cacheable answer. */
export const cachedHeaders = Object.fromEntries(
  ['ETag', 'Cache-Control', 'X-Cache', 'Vary'].map((name) => [name, { $ref: `#/components/headers/${name}` }]),
)
export const ok = (description: string, content: Record<string, unknown>) => ({ description, headers: cachedHeaders, content })
/** The answers of a cacheable read (the 405 is added to every operation from the route's methods). */
export const readResponses = (okResponse: unknown, extra: Record<string, unknown> = {}) => ({
  200: okResponse,
  304: use('NotModified'),
  400: use('BadRequest'),
  ...extra,
})

export const query = (name: string, schema: JsonSchema, more: Record<string, unknown> = {}) => ({ name, in: 'query', schema, ...more })
/** A comma-separated list: `a,b,c`. */
export const commaList = { style: 'form', explode: false }
