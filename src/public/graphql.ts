import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, SelectionSetNode, ValidationRule, ValueNode } from 'graphql'
import { execute, Kind, parse, specifiedRules, validate } from 'graphql'
import type { Payload, SanitizedConfig } from 'payload'
import { createLocalReq } from 'payload'

import { PublicApiError } from './errors.js'
import { MAX_LIMIT } from './query.js'

export type GraphqlLimits = { maxDepth: number; maxCost: number }

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = { maxDepth: 7, maxCost: 5_000 }

/** Payload's default page size, which a list without `limit` gets. */
const DEFAULT_PAGE = 10

type Built = { schema: GraphQLSchema; validationRules: (args: any) => ValidationRule[] }
const schemas = new WeakMap<SanitizedConfig, Built>()

const schemaOf = (config: SanitizedConfig): Built => {
  let built = schemas.get(config)
  if (!built) {
    built = configToSchema(config) as Built
    schemas.set(config, built)
  }
  return built
}

const argumentValue = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * Depth and cost of an operation, measured before anything runs. A field costs 1 for every item of the
 * lists it sits in: a field with `limit: n` multiplies what is under it by n (Payload's default page
 * is 10). `limit` must be 1–100 and `pagination: false` (everything at once) is refused.
 */
const measure = (
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
): { depth: number; cost: number } => {
  let maxDepth = depth
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      let childMultiplier = multiplier
      let isList = false
      for (const arg of selection.arguments ?? []) {
        const value = argumentValue(arg.value, variables)
        if (arg.name.value === 'limit') {
          isList = true
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
            throw new PublicApiError(400, `limit: ${String(value)} on ${selection.name.value} is outside 1–${MAX_LIMIT} / 每頁最多 ${MAX_LIMIT} 條`, 'limit')
          }
          childMultiplier = multiplier * value
        }
        if (arg.name.value === 'pagination' && value === false) {
          throw new PublicApiError(400, `pagination: false on ${selection.name.value} is not allowed on the public API / 不允許關閉分頁`, 'pagination')
        }
      }
      // A paginated list (a collection query or a join) without a limit gets Payload's default page.
      const paginated = selection.selectionSet?.selections.some((inner) => inner.kind === Kind.FIELD && inner.name.value === 'docs')
      if (!isList && paginated) childMultiplier = multiplier * DEFAULT_PAGE
      cost += multiplier
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, variables, depth + 1, childMultiplier, seen)
        maxDepth = Math.max(maxDepth, inner.depth)
        cost += inner.cost
      } else maxDepth = Math.max(maxDepth, depth + 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, variables, depth, multiplier, seen)
      maxDepth = Math.max(maxDepth, inner.depth)
      cost += inner.cost
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      if (!fragment) continue
      if (seen.has(name)) throw new PublicApiError(400, `fragment ${name} spreads itself / 片段循環引用`)
      const inner = measure(fragment.selectionSet, fragments, variables, depth, multiplier, new Set([...seen, name]))
      maxDepth = Math.max(maxDepth, inner.depth)
      cost += inner.cost
    }
  }
  return { depth: maxDepth, cost }
}

export type GraphqlRequest = { query?: unknown; variables?: unknown; operationName?: unknown }

export type GraphqlResult = { status: number; body: { data?: unknown; errors?: unknown[] }; cacheable: boolean }

const formatError = (payload: Payload, error: GraphQLError) => {
  const original = error.originalError as (Error & { status?: number; data?: unknown }) | undefined
  const status = original?.status ?? 500
  if (status >= 500) payload.logger.error({ err: original ?? error, msg: 'public GraphQL error' })
  return {
    message: status >= 500 ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: { statusCode: status, ...(status < 500 && original?.data ? { data: original.data } : {}) },
  }
}

/** Checks a public GraphQL request and runs it as an anonymous caller: read-only, bounded, and access-checked. */
export const runPublicGraphql = async (payload: Payload, request: GraphqlRequest, limits: GraphqlLimits): Promise<GraphqlResult> => {
  if (typeof request.query !== 'string' || !request.query.trim()) {
    throw new PublicApiError(400, 'query: a GraphQL query string is required / 缺少查詢', 'query')
  }
  const variables = (request.variables ?? {}) as Record<string, unknown>
  if (typeof variables !== 'object' || Array.isArray(variables)) throw new PublicApiError(400, 'variables: must be an object / 變量須為對象', 'variables')
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined

  let document: DocumentNode
  try {
    document = parse(request.query, { maxTokens: 5_000 })
  } catch (err) {
    throw new PublicApiError(400, `query: malformed GraphQL: ${(err as Error).message} / 查詢語法錯誤`, 'query')
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  const operation = operationName ? operations.find((definition) => definition.name?.value === operationName) : operations[0]
  if (!operation || (!operationName && operations.length > 1)) {
    throw new PublicApiError(400, 'operationName: name the operation to run / 請指定要執行的操作', 'operationName')
  }
  if (operation.operation !== 'query') {
    throw new PublicApiError(405, `the public GraphQL endpoint is read-only; ${operation.operation} is not allowed / 公開接口只讀`)
  }

  const { schema, validationRules } = schemaOf(payload.config)
  const errors = validate(schema, document, [...specifiedRules, ...validationRules({ variableValues: variables, operationName })])
  if (errors.length) {
    throw new PublicApiError(400, `query: ${errors.map((error) => error.message).join('; ')}`, 'query')
  }
  const fragments = Object.fromEntries(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  ) as Record<string, FragmentDefinitionNode>
  const { depth, cost } = measure(operation.selectionSet, fragments, variables, 0, 1, new Set())
  if (depth > limits.maxDepth) {
    throw new PublicApiError(400, `query: depth ${depth} exceeds the limit of ${limits.maxDepth} / 查詢嵌套過深`, 'query')
  }
  if (cost > limits.maxCost) {
    throw new PublicApiError(400, `query: cost ${cost} exceeds the limit of ${limits.maxCost} (fields × page sizes) / 查詢過於複雜`, 'query')
  }

  const req = await createLocalReq({}, payload)
  req.payloadAPI = 'GraphQL'
  const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: { req, headers: {} } })
  const body = result.errors ? { data: result.data, errors: result.errors.map((error) => formatError(payload, error)) } : { data: result.data }
  return { status: 200, body, cacheable: !result.errors }
}
