import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  SelectionSetNode,
  ValidationRule,
} from 'graphql'
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
} from 'graphql'
import type { Config, PayloadRequest } from 'payload'

import { ANONYMOUS_PAGE_LIMIT, STAFF_PAGE_LIMIT } from './pageLimits.js'

export type GraphqlLimits = {
  /** Root fields (aliases included) in one operation: each is at least one database query. */
  maxRootFields: number
  /** Nesting of selections, fragments inlined. */
  maxDepth: number
  /** Fields × the page sizes of the lists they sit in, plus `ROOT_FIELD_COST` per root field. */
  maxCost: number
  /** Largest `limit` of a list; `pagination: false` is refused whatever this is. */
  maxLimit: number
}

/** Anonymous callers, on the public endpoint and on the staff endpoint alike. */
export const ANONYMOUS_GRAPHQL_LIMITS: GraphqlLimits = { maxRootFields: 10, maxDepth: 7, maxCost: 5_000, maxLimit: ANONYMOUS_PAGE_LIMIT }

/** Signed-in staff on /api/graphql: a working page of 500 with a few dozen fields, a little deeper. */
export const STAFF_GRAPHQL_LIMITS: GraphqlLimits = { maxRootFields: 20, maxDepth: 10, maxCost: 25_000, maxLimit: STAFF_PAGE_LIMIT }

/** What a root field costs beyond its fields: a database query is worth many fields. */
export const ROOT_FIELD_COST = 50

/** A list field without `limit` gets Payload's default page (the public schema declares its own default). */
const DEFAULT_PAGE = 10

export type Refusal = { message: string; param: string }

type Walk = {
  schema: GraphQLSchema
  fragments: Record<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
  limits: GraphqlLimits
  cost: number
  depth: number
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message)
  }
}

const tooCostly = (walk: Walk) =>
  new Refused({
    message: `query: cost exceeds the limit of ${walk.limits.maxCost} (fields × page sizes, ${ROOT_FIELD_COST} a root field) / 查詢過於複雜`,
    param: 'query',
  })

/** The page size a list field will use, from its arguments after variables and defaults are applied. */
const pageSizeOf = (walk: Walk, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, name: string): number | null => {
  if (args.pagination === false) {
    throw new Refused({
      message: `pagination: false on ${name} is not allowed; page with limit and page / 不允許關閉分頁`,
      param: 'pagination',
    })
  }
  if (!field.args.some((arg) => arg.name === 'limit')) return null
  const limit = args.limit ?? DEFAULT_PAGE
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > walk.limits.maxLimit) {
    throw new Refused({
      message: `limit: ${String(limit)} on ${name} is outside 1–${walk.limits.maxLimit} / 每頁最多 ${walk.limits.maxLimit} 條`,
      param: 'limit',
    })
  }
  return limit
}

const walkSelections = (
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  depth: number,
  multiplier: number,
  spreads: Set<string>,
) => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value
      walk.cost += multiplier
      walk.depth = Math.max(walk.depth, depth + 1)
      if (walk.cost > walk.limits.maxCost) throw tooCostly(walk)
      if (walk.depth > walk.limits.maxDepth) {
        throw new Refused({ message: `query: depth exceeds the limit of ${walk.limits.maxDepth} / 查詢嵌套過深`, param: 'query' })
      }
      // Introspection reads the schema, not the database: counted once, not descended into.
      if (name === '__schema' || name === '__type') continue
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined
      if (!field || !selection.selectionSet) continue
      let args: Record<string, unknown> = {}
      try {
        args = getArgumentValues(field, selection, walk.variables)
      } catch {
        // An argument the schema refuses: validation reports it, and nothing runs.
      }
      const pageSize = pageSizeOf(walk, field, args, selection.alias ? `${selection.alias.value}: ${name}` : name)
      const child = getNamedType(field.type) as GraphQLCompositeType
      walkSelections(walk, selection.selectionSet, child, depth + 1, multiplier * (pageSize ?? 1), spreads)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typed = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
        : parent
      walkSelections(walk, selection.selectionSet, typed, depth, multiplier, spreads)
    } else {
      const fragment = walk.fragments[selection.name.value]
      // A cycle is reported by NoFragmentCyclesRule; here it only must not loop.
      if (!fragment || spreads.has(fragment.name.value)) continue
      const typed = walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined
      walkSelections(walk, fragment.selectionSet, typed, depth, multiplier, new Set([...spreads, fragment.name.value]))
    }
  }
}

/**
 * Counts root fields, fragments inlined, stopping as soon as there are too many (a fragment can be spread
 * many times). `__typename` counts too, so that spreads of it cannot be multiplied without bound.
 */
const countRootFields = (walk: Walk, selectionSet: SelectionSetNode, counted: { n: number }, spreads = new Set<string>()) => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (++counted.n > walk.limits.maxRootFields) return
    } else if (selection.kind === Kind.INLINE_FRAGMENT) countRootFields(walk, selection.selectionSet, counted, spreads)
    else {
      const fragment = walk.fragments[selection.name.value]
      if (fragment && !spreads.has(fragment.name.value))
        countRootFields(walk, fragment.selectionSet, counted, new Set([...spreads, fragment.name.value]))
    }
    if (counted.n > walk.limits.maxRootFields) return
  }
}

/**
 * Measures the operation that will run, with its variables coerced as execution will coerce them (an
 * omitted variable takes its default), so what is measured is what runs. Every root field and alias
 * counts. Returns the first limit it breaks, or null.
 */
export const checkOperation = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: unknown,
  limits: GraphqlLimits,
): Refusal | null => {
  const operation = getOperationAST(document, operationName)
  // No single operation to run: execution refuses it before any resolver.
  if (!operation) return null
  const provided =
    rawVariables && typeof rawVariables === 'object' && !Array.isArray(rawVariables) ? (rawVariables as Record<string, unknown>) : {}
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], provided)
  if (coerced.errors)
    return { message: `variables: ${coerced.errors.map((error) => error.message).join('; ')} / 變量無效`, param: 'variables' }
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  const walk: Walk = { schema, fragments, variables: coerced.coerced, limits, cost: 0, depth: 0 }
  const roots = { n: 0 }
  countRootFields(walk, operation.selectionSet, roots)
  if (roots.n > limits.maxRootFields) {
    return {
      message: `query: more than ${limits.maxRootFields} root fields (aliases count); send several requests / 一次查詢最多 ${limits.maxRootFields} 個根字段`,
      param: 'query',
    }
  }
  walk.cost = roots.n * ROOT_FIELD_COST
  if (walk.cost > limits.maxCost) return tooCostly(walk).refusal
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  try {
    walkSelections(walk, operation.selectionSet, root ?? undefined, 0, 1, new Set())
  } catch (err) {
    if (err instanceof Refused) return err.refusal
    throw err
  }
  return null
}

/** What the rules after a refusal walk instead of the refused document. */
const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] }

/**
 * The check as a validation rule: a refusal is a validation error, so nothing of the operation runs.
 * It runs when the document is entered, before any rule has walked an operation, and hands the other
 * rules an empty document in its place (graphql-js visitors may replace a node): Payload's complexity
 * rule expands every fragment spread, so 20 nested pairs of spreads (about 250 tokens) would cost it 30 s.
 */
export const graphqlLimitsRule =
  (limits: GraphqlLimits, variables: unknown, operationName: string | null | undefined): ValidationRule =>
  (context) => ({
    Document: {
      enter: (document) => {
        const refusal = checkOperation(context.getSchema(), document, operationName, variables, limits)
        if (!refusal) return undefined
        context.reportError(new GraphQLError(refusal.message, { extensions: { statusCode: 400, param: refusal.param } }))
        return EMPTY_DOCUMENT
      },
    },
  })

/**
 * Adds the limits to Payload's own GraphQL endpoint (`/api/graphql`), for anonymous callers and staff,
 * keeping the host's rules. Payload passes the request's raw variables and its `req` (with the user).
 */
export const withGraphqlLimits = (graphQL: Config['graphQL']): Config['graphQL'] => ({
  ...graphQL,
  validationRules: (args) => {
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    const limits = req?.user ? STAFF_GRAPHQL_LIMITS : ANONYMOUS_GRAPHQL_LIMITS
    // First among the host's rules; Payload puts its own and graphql-js's before these, and they only walk
    // operations after the document is entered.
    return [graphqlLimitsRule(limits, args.variableValues, args.operationName), ...(graphQL?.validationRules?.(args) ?? [])]
  },
})
