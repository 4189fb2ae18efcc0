import type { GraphqlRequest } from '../graphql.js'
import { runPublicGraphql } from '../graphql.js'
import { badParam, PublicApiError } from '../errors.js'
import { json, query, refusal, use, cachedHeaders } from '../openapiParts.js'
import { ref } from '../openapiSchemas.js'
import type { PublicRoute, RouteRequest } from './types.js'
import { PUBLIC_BASE_PATH } from './types.js'

export const GRAPHQL_PATH = `${PUBLIC_BASE_PATH}/graphql`
export const MAX_GRAPHQL_BODY = 64 * 1024

/** A GraphQL request from GET parameters or a JSON POST body; anything else names what is wrong. */
const graphqlRequest = ({ plain, url, text }: RouteRequest): GraphqlRequest => {
  if (plain.method === 'GET') {
    const variables = url.searchParams.get('variables')
    let parsed: unknown
    try {
      parsed = variables ? JSON.parse(variables) : undefined
    } catch {
      throw badParam('variables', 'not JSON; send variables as a JSON object / 變量須為 JSON 對象')
    }
    return { query: url.searchParams.get('query'), operationName: url.searchParams.get('operationName') ?? undefined, variables: parsed }
  }
  let request: unknown
  try {
    request = JSON.parse(text ?? '')
  } catch {
    throw new PublicApiError(400, 'body: not JSON; send {"query": "…", "variables": {…}} / 請求體須為 JSON', 'body')
  }
  if (!request || typeof request !== 'object' || Array.isArray(request)) {
    throw new PublicApiError(400, 'body: must be a JSON object {"query": "…", "variables": {…}} / 請求體須為 JSON 對象', 'body')
  }
  return request as GraphqlRequest
}

const GRAPHQL_BODY = {
  type: 'object',
  required: ['query'],
  properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' } },
}
const readOnly = refusal('A mutation or subscription: the endpoint is read-only')

/** Read-only GraphQL over the public contract; HEAD is not an empty POST, so it is not answered. */
export const graphqlRoute: PublicRoute = {
  name: 'graphql',
  paths: [GRAPHQL_PATH],
  methods: ['GET', 'POST'],
  cached: true,
  maxBody: MAX_GRAPHQL_BODY,
  handle: async (request, { payload, reads, options }) => {
    const parsed = graphqlRequest(request)
    return {
      key: `graphql:${JSON.stringify([parsed.query, parsed.variables ?? null, parsed.operationName ?? null])}`,
      compute: async () => {
        const result = await runPublicGraphql(payload, parsed, options.graphql, reads)
        return { body: JSON.stringify(result.body), cacheable: result.cacheable }
      },
    }
  },
  document: () => {
    const result = { description: 'GraphQL result (`errors` beside `data` for a field that failed)', content: json(ref('GraphqlResult')) }
    return {
      paths: {
        [GRAPHQL_PATH]: {
          post: {
            operationId: 'graphqlPost',
            summary:
              'Read-only GraphQL over the public contract, as an anonymous caller: its own schema (the REST collections, fields and filters), no mutations; root fields, depth and cost limited',
            requestBody: { required: true, content: json(GRAPHQL_BODY) },
            responses: { 200: result, 400: use('BadRequest'), 405: readOnly, 413: refusal(`A body over ${MAX_GRAPHQL_BODY / 1024} KB`) },
          },
          get: {
            operationId: 'graphqlGet',
            summary: 'The same query as GET parameters (query, variables as JSON, operationName), cacheable by URL',
            parameters: [
              query('query', { type: 'string' }, { required: true }),
              query('variables', { type: 'string' }, { description: 'A JSON object' }),
              query('operationName', { type: 'string' }),
            ],
            responses: { 200: { ...result, headers: cachedHeaders }, 304: use('NotModified'), 400: use('BadRequest'), 405: readOnly },
          },
        },
      },
      schemas: {
        GraphqlResult: {
          type: 'object',
          properties: {
            data: { type: ['object', 'null'] },
            errors: { type: 'array', items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } },
          },
        },
      },
    }
  },
}
