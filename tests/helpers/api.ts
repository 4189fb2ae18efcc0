import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { limitRequestBodies } from '../../src/config/requestLimits.js'

export type ApiResponse = { status: number; body: any; headers: Headers }

const BASE = 'http://localhost:3000'

const authHeaders = (token?: string): Record<string, string> => (token ? { Authorization: `JWT ${token}` } : {})

/** The staff REST route as the Next app mounts it: Payload's handler behind the body limits. */
export const restHandler = (config: SanitizedConfig): ((request: Request) => Promise<Response>) =>
  limitRequestBodies((request: Request) => handleEndpoints({ config, request }))

/** Calls the REST API the way a client does, through Payload's fetch-style handler (no Next server). */
export const rest = async (
  config: SanitizedConfig,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse> => {
  const request = new Request(`${BASE}/api${path}`, {
    method,
    headers: { ...authHeaders(options.token), ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  })
  const response = await restHandler(config)(request)
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // a file or an empty body
  }
  return { status: response.status, body, headers: response.headers }
}

/** Fetches a raw response (files) through the REST handler. */
export const restRaw = async (config: SanitizedConfig, path: string, token?: string): Promise<Response> =>
  restHandler(config)(new Request(`${BASE}${path}`, { headers: authHeaders(token) }))

/** Runs a GraphQL operation through Payload's GraphQL route handler. */
export const graphql = async (
  config: SanitizedConfig,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<ApiResponse> => {
  const handler = GRAPHQL_POST(Promise.resolve(config))
  const response = await handler(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders(options.token) },
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    }),
  )
  return { status: response.status, body: await response.json(), headers: response.headers }
}

/** The first error message of a REST or GraphQL error response, with its field errors. */
export const errorText = (body: any): string => JSON.stringify(body?.errors ?? body)
