import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLFieldConfig,
  GraphQLOutputType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql'
import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  Kind,
} from 'graphql'
import type { CollectionSlug, FlattenedField, SanitizedConfig } from 'payload'
import { formatNames } from 'payload'

import { idOf } from '../../access/roles.js'
import type { UntypedDoc } from '../../core/docs.js'
import type { Shape } from './contract.js'
import { PUBLIC_COLLECTIONS, SHAPES } from './contract.js'
import { PublicApiError } from './errors.js'
import { DEFAULT_LIMIT, MAX_LIMIT } from './query.js'

/** The REST handlers' reads: GraphQL resolves through them, so the two answers cannot drift. */
export type PublicReads = {
  list: (slug: CollectionSlug, params: URLSearchParams, countOnly: false) => Promise<unknown>
  detail: (slug: CollectionSlug, id: string, params: URLSearchParams) => Promise<unknown>
}

export type PublicGraphqlContext = { reads: PublicReads }

type Spec = Shape[string]
type Relation = { relation: CollectionSlug }
type Join = { join: CollectionSlug }

const isRelation = (spec: Spec): spec is Relation => typeof spec === 'object' && 'relation' in spec
const isJoin = (spec: Spec): spec is Join => typeof spec === 'object' && 'join' in spec

const JSONScalar = new GraphQLScalarType({ name: 'JSON', description: 'A JSON value (rich text is Lexical JSON, as in the REST contract)' })

const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** The fields of some selection sets, fragments inlined, grouped by field name (aliases of one field together). */
const fieldsIn = (
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
  out = new Map<string, FieldNode[]>(),
) => {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.set(selection.name.value, [...(out.get(selection.name.value) ?? []), selection])
      else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsIn([selection.selectionSet], fragments, out)
      else if (fragments[selection.name.value]) fieldsIn([fragments[selection.name.value].selectionSet], fragments, out)
    }
  }
  return out
}

const childSets = (nodes: FieldNode[] | undefined) => (nodes ?? []).map((node) => node.selectionSet)

/** How deep relationships must be populated for a selection: REST's `depth`. */
const depthOf = (
  shape: Shape,
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
): number => {
  let depth = 0
  for (const [name, nodes] of fieldsIn(sets, fragments)) {
    const spec = shape[name]
    if (!spec || spec === true) continue
    const inner = childSets(nodes)
    if (isRelation(spec)) depth = Math.max(depth, 1 + depthOf(SHAPES[spec.relation], inner, fragments))
    else if (isJoin(spec))
      depth = Math.max(depth, 1 + depthOf(SHAPES[spec.join], childSets(fieldsIn(inner, fragments).get('docs')), fragments))
    else depth = Math.max(depth, depthOf(spec, inner, fragments))
  }
  return depth
}

/** REST's `select` and `depth` for the documents a GraphQL selection asks for. */
const shapeParams = (slug: string, sets: readonly (SelectionSetNode | undefined)[], info: GraphQLResolveInfo, params: URLSearchParams) => {
  const fields = [...fieldsIn(sets, info.fragments).keys()].filter((name) => name !== 'id' && name in SHAPES[slug])
  if (fields.length) params.set('select', fields.join(','))
  params.set('depth', String(depthOf(SHAPES[slug], sets, info.fragments)))
  return params
}

/** A relationship the REST answer left as a bare id (not populated, or not readable) is an object with its id. */
const asDoc = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'object' ? value : { id: value })

const fieldsByName = (fields: FlattenedField[]) => new Map(fields.map((field) => [field.name, field]))

/**
 * The public GraphQL schema, built from the public contract (contract.ts) and the collections' field
 * types: the contract's collections, types and fields only, the REST lists' named filters and paging,
 * and no mutations. Resolvers call the REST reads with the `select` and `depth` the selection needs.
 */
export const buildPublicSchema = (config: SanitizedConfig): GraphQLSchema => {
  const idType = config.db.defaultIDType === 'number' ? GraphQLInt : GraphQLString
  const collectionTypes = new Map<string, GraphQLObjectType>()

  const scalarOf = (field: FlattenedField): GraphQLOutputType => {
    const base =
      field.type === 'number'
        ? GraphQLFloat
        : field.type === 'checkbox'
          ? GraphQLBoolean
          : field.type === 'richText' || field.type === 'json' || field.type === 'point'
            ? JSONScalar
            : field.type === 'relationship' || field.type === 'upload'
              ? idType
              : GraphQLString
    return 'hasMany' in field && field.hasMany ? new GraphQLList(new GraphQLNonNull(base)) : base
  }

  const fieldConfig = (
    typeName: string,
    name: string,
    spec: Spec,
    fields: Map<string, FlattenedField>,
    where: string,
  ): GraphQLFieldConfig<UntypedDoc, PublicGraphqlContext> => {
    if (name === 'id') return { type: new GraphQLNonNull(idType) }
    const field = fields.get(name)
    if (!field)
      throw new Error(`public contract: ${where}.${name} is not a field of the collection; fix SHAPES in src/plugins/publicApi/contract.ts`)
    const many = 'hasMany' in field && field.hasMany
    if (isRelation(spec)) {
      const target = collectionType(spec.relation)
      return many
        ? { type: new GraphQLList(new GraphQLNonNull(target)), resolve: (source) => (source[name] ?? null)?.map(asDoc) ?? null }
        : { type: target, resolve: (source) => asDoc(source[name]) }
    }
    if (isJoin(spec)) {
      const joinType = new GraphQLObjectType({
        name: `${typeName}_${capitalized(name)}`,
        fields: () => ({
          docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(collectionType(spec.join)))) },
          hasNextPage: { type: GraphQLBoolean },
        }),
      })
      return {
        type: joinType,
        resolve: (source) => (source[name] ? { ...source[name], docs: (source[name].docs ?? []).map(asDoc) } : null),
      }
    }
    if (spec === true) {
      // A reference the contract passes through as it is (breadcrumbs' doc): its id.
      if (field.type === 'relationship' || field.type === 'upload')
        return { type: scalarOf(field), resolve: (source) => idOf(source[name]) ?? null }
      return { type: scalarOf(field) }
    }
    if (!('flattenedFields' in field))
      throw new Error(`public contract: ${where}.${name} is not a group or an array; fix SHAPES in src/plugins/publicApi/contract.ts`)
    const nestedName = `${typeName}_${capitalized(name)}`
    const nested: GraphQLObjectType = new GraphQLObjectType({
      name: nestedName,
      fields: () => fieldsOf(nestedName, spec, fieldsByName(field.flattenedFields), `${where}.${name}`),
    })
    return { type: field.type === 'array' ? new GraphQLList(new GraphQLNonNull(nested)) : nested }
  }

  const fieldsOf = (typeName: string, shape: Shape, fields: Map<string, FlattenedField>, where: string) =>
    Object.fromEntries(Object.entries(shape).map(([name, spec]) => [name, fieldConfig(typeName, name, spec, fields, where)]))

  const collectionType = (slug: string): GraphQLObjectType => {
    let type = collectionTypes.get(slug)
    if (!type) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)
      if (!collection) throw new Error(`public contract: no collection ${slug}; fix SHAPES in src/plugins/publicApi/contract.ts`)
      const name = formatNames(slug).singular
      type = new GraphQLObjectType({ name, fields: () => fieldsOf(name, SHAPES[slug], fieldsByName(collection.flattenedFields), slug) })
      collectionTypes.set(slug, type)
    }
    return type
  }

  const query: Record<string, GraphQLFieldConfig<unknown, PublicGraphqlContext>> = {}
  for (const [slug, collection] of Object.entries(PUBLIC_COLLECTIONS)) {
    const { singular, plural } = formatNames(slug)
    const type = collectionType(slug)
    const page = new GraphQLObjectType({
      name: plural,
      fields: {
        docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))) },
        ...Object.fromEntries(
          ['totalDocs', 'limit', 'page', 'totalPages', 'nextPage', 'prevPage'].map((name) => [name, { type: GraphQLInt }]),
        ),
        hasNextPage: { type: GraphQLBoolean },
        hasPrevPage: { type: GraphQLBoolean },
      },
    })
    query[plural] = {
      type: new GraphQLNonNull(page),
      description: `The public list of ${slug}, as GET /api/public/${slug}`,
      args: {
        ...Object.fromEntries(
          Object.keys(collection.params.filters).map((name) => [
            name,
            { type: GraphQLString, description: `As the REST parameter ${name}` },
          ]),
        ),
        page: { type: GraphQLInt },
        limit: { type: GraphQLInt, defaultValue: DEFAULT_LIMIT, description: `1–${MAX_LIMIT}` },
        sort: { type: GraphQLString, description: collection.params.sorts.join(', ') },
      },
      resolve: async (_source, args, context, info) => {
        const params = new URLSearchParams()
        for (const [name, value] of Object.entries(args)) if (value !== null && value !== undefined) params.set(name, String(value))
        const docs = childSets(fieldsIn(childSets(info.fieldNodes as FieldNode[]), info.fragments).get('docs'))
        return context.reads.list(slug as CollectionSlug, shapeParams(slug, docs, info, params), false)
      },
    }
    query[singular] = {
      type,
      description: `One of ${slug}, as GET /api/public/${slug}/{id}; null when it is not public`,
      args: { id: { type: new GraphQLNonNull(idType) } },
      resolve: async (_source, args, context, info) => {
        try {
          return await context.reads.detail(
            slug as CollectionSlug,
            String(args.id),
            shapeParams(slug, childSets(info.fieldNodes as FieldNode[]), info, new URLSearchParams()),
          )
        } catch (err) {
          if (err instanceof PublicApiError && err.status === 404) return null
          throw err
        }
      },
    }
  }
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: query }) })
}
