import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql'
import { execute, getOperationAST, parse, specifiedRules, validate } from 'graphql'
import type { Payload, SanitizedConfig } from 'payload'

import type { GraphqlLimits as Limits } from '../../access/apiLimits/graphqlLimits.js'
import { ANONYMOUS_GRAPHQL_LIMITS, checkOperation } from '../../access/apiLimits/graphqlLimits.js'
import { PublicApiError } from './errors.js'
import type { PublicGraphqlContext, PublicReads } from './graphqlSchema.js'
import { buildPublicSchema } from './graphqlSchema.js'
import { MAX_LIMIT } from './query.js'

/** Depth and cost of the public endpoint (`PUBLIC_GRAPHQL_MAX_DEPTH`, `PUBLIC_GRAPHQL_MAX_COST`); root fields at most 10. */
export type GraphqlLimits = { maxDepth: number; maxCost: number; maxRootFields?: number }

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxDepth: ANONYMOUS_GRAPHQL_LIMITS.maxDepth,
  maxCost: ANONYMOUS_GRAPHQL_LIMITS.maxCost,
}

const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()

const schemaOf = (config: SanitizedConfig): GraphQLSchema => {
  let schema = schemas.get(config)
  if (!schema) {
    schema = buildPublicSchema(config)
    schemas.set(config, schema)
  }
  return schema
}

/** The public schema of a Payload app (for tools and tests). */
export const publicGraphqlSchema = (payload: Payload) => schemaOf(payload.config)

export type GraphqlRequest = { query?: unknown; variables?: unknown; operationName?: unknown }

export type GraphqlResult = { status: number; body: { data?: unknown; errors?: unknown[] }; cacheable: boolean }

const formatError = (payload: Payload, error: GraphQLError) => {
  const original = error.originalError as (Error & { status?: number; param?: string }) | undefined
  const status = original?.status ?? 500
  if (status >= 500) payload.logger.error({ err: original ?? error, msg: 'public GraphQL error' })
  return {
    message: status >= 500 ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: { statusCode: status, ...(status < 500 && original?.param ? { param: original.param } : {}) },
  }
}

/**
 * Checks a public GraphQL request and runs it on the public schema, through the REST reads (anonymous,
 * `overrideAccess: false`): read-only, and bounded before anything runs.
 */
export const runPublicGraphql = async (
  payload: Payload,
  request: GraphqlRequest,
  limits: GraphqlLimits,
  reads: PublicReads,
): Promise<GraphqlResult> => {
  if (typeof request.query !== 'string' || !request.query.trim()) {
    throw new PublicApiError(400, 'query: a GraphQL query string is required / 缺少查詢', 'query')
  }
  const variables = request.variables ?? {}
  if (typeof variables !== 'object' || Array.isArray(variables))
    throw new PublicApiError(400, 'variables: must be an object / 變量須為對象', 'variables')
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined

  let document: DocumentNode
  try {
    document = parse(request.query, { maxTokens: 5_000 })
  } catch (err) {
    throw new PublicApiError(400, `query: malformed GraphQL: ${(err as Error).message} / 查詢語法錯誤`, 'query')
  }
  const operation = getOperationAST(document, operationName)
  if (!operation) throw new PublicApiError(400, 'operationName: name the operation to run / 請指定要執行的操作', 'operationName')
  if (operation.operation !== 'query') {
    throw new PublicApiError(405, `the public GraphQL endpoint is read-only; ${operation.operation} is not allowed / 公開接口只讀`)
  }

  const schema = schemaOf(payload.config)
  const bounds: Limits = { ...ANONYMOUS_GRAPHQL_LIMITS, ...limits, maxLimit: MAX_LIMIT }
  // Limits first: refusing an oversized operation costs a walk of it, not a full validation.
  const refusal = checkOperation(schema, document, operationName, variables, bounds)
  if (refusal) throw new PublicApiError(400, refusal.message, refusal.param)
  const errors = validate(schema, document, specifiedRules)
  if (errors.length) throw new PublicApiError(400, `query: ${errors.map((error) => error.message).join('; ')}`, 'query')

  const contextValue: PublicGraphqlContext = { reads }
  const result = await execute({ schema, document, variableValues: variables as Record<string, unknown>, operationName, contextValue })
  const body = result.errors
    ? { data: result.data, errors: result.errors.map((error) => formatError(payload, error)) }
    : { data: result.data }
  return { status: 200, body, cacheable: !result.errors }
}
