import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import type { Shape } from './contract.js'
import { SHAPES } from './contract.js'
import type { IdKind, JsonSchema } from './query.js'
import { idValueSchema } from './query.js'

/** Component names of the public collections' documents. */
export const SCHEMA_NAMES: Record<string, string> = {
  disclosures: 'Disclosure',
  interpretations: 'Interpretation',
  'catalogue-entries': 'CatalogueEntry',
  departments: 'Department',
  media: 'Media',
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** A value that may be absent in the database: SQL adapters send `null` for it. */
const orNull = (schema: JsonSchema): JsonSchema => {
  if (Array.isArray(schema.anyOf)) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] }
  if (!schema.type) return { anyOf: [schema, { type: 'null' }] }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  return { ...schema, type: [...types, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) }
}

/** A relationship as sent: the id at depth 0 (or past the depth asked), the document cut to its contract above. */
const relationValue = (relationTo: string, ids: IdKind): JsonSchema =>
  SCHEMA_NAMES[relationTo] ? { anyOf: [idValueSchema(ids), ref(SCHEMA_NAMES[relationTo])] } : idValueSchema(ids)

const LEXICAL = {
  type: 'object',
  description: 'Lexical rich text as stored (JSON): `root.children` holds the blocks',
  required: ['root'],
  properties: { root: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { type: 'object' } } } } },
}

const scalarSchema = (field: FlattenedField): JsonSchema => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { type: 'string' }
    case 'number':
      return { type: 'number' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'checkbox':
      return { type: 'boolean' }
    case 'select':
    case 'radio':
      return { type: 'string', enum: field.options.map((option) => (typeof option === 'string' ? option : option.value)) }
    case 'richText':
      return LEXICAL
    default:
      return {}
  }
}

const hasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

const fieldSchema = (field: FlattenedField, spec: Shape[string], ids: IdKind): JsonSchema => {
  const many = (item: JsonSchema): JsonSchema => (hasMany(field) ? { type: 'array', items: item } : item)
  if (typeof spec === 'object' && 'join' in spec) {
    const join = spec.join as string
    return {
      type: 'object',
      description: `The public ${join} that point at this document`,
      required: ['docs', 'hasNextPage'],
      properties: { docs: { type: 'array', items: relationValue(join, ids) }, hasNextPage: { type: 'boolean' } },
    }
  }
  if (typeof spec === 'object' && 'relation' in spec) return many(relationValue(spec.relation as string, ids))
  if (typeof spec === 'object') {
    const sub = 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : []
    const object = objectSchema(sub, spec as Shape, ids)
    return field.type === 'array' ? { type: 'array', items: object } : object
  }
  if (field.type === 'relationship' || field.type === 'upload') return many(idValueSchema(ids))
  return many(scalarSchema(field))
}

/** Always sent (unless `select` leaves them out): the id, the timestamps and the fields Payload requires. */
const ALWAYS = new Set(['id', 'createdAt', 'updatedAt'])

const objectSchema = (fields: FlattenedField[], shape: Shape, ids: IdKind, description?: string): JsonSchema => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const [name, spec] of Object.entries(shape)) {
    const field = byName.get(name)
    if (name === 'id') {
      properties.id = idValueSchema(ids)
      required.push('id')
      continue
    }
    if (!field)
      throw new Error(`public contract: ${name} is not a field of the collection; fix SHAPES in src/plugins/publicApi/contract.ts`)
    const always = ALWAYS.has(name) || ('required' in field && field.required === true)
    const schema = fieldSchema(field, spec, ids)
    // Groups, rows (array fields) and joins come as an object or a list, empty at worst, never null.
    const isGroup = field.type === 'group' || field.type === 'array' || (typeof spec === 'object' && 'join' in spec)
    properties[name] = always || isGroup ? schema : orNull(schema)
    if (always) required.push(name)
  }
  return { type: 'object', ...(description ? { description } : {}), required, properties }
}

/**
 * The document schema of every public collection, typed from its Payload field definitions and cut to the
 * public contract (`SHAPES`), exactly as the projection cuts responses.
 */
export const collectionSchemas = (collections: SanitizedCollectionConfig[], ids: IdKind): Record<string, JsonSchema> =>
  Object.fromEntries(
    Object.entries(SHAPES).map(([slug, shape]) => {
      const collection = collections.find((candidate) => candidate.slug === slug)
      if (!collection) throw new Error(`public contract: no collection ${slug} in the config`)
      const description = `A public ${slug} document. With \`select\`, only \`id\` and the selected fields are sent, so \`required\` lists what a response without \`select\` always holds.`
      return [SCHEMA_NAMES[slug], objectSchema(collection.flattenedFields, shape, ids, description)]
    }),
  )

/** A page of a list: Payload's pagination fields around `docs`. */
export const pageSchema = (itemName: string): JsonSchema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage', 'nextPage', 'prevPage'],
  properties: {
    docs: { type: 'array', items: ref(itemName) },
    totalDocs: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1 },
    page: { type: 'integer', minimum: 1 },
    totalPages: { type: 'integer', minimum: 0 },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: { type: ['integer', 'null'] },
    prevPage: { type: ['integer', 'null'] },
  },
})

export const ERROR_SCHEMA = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          message: { type: 'string', description: 'What was refused and why, in English and Chinese; starts with the parameter’s name' },
          param: { type: 'string', description: 'The parameter at fault, when one is' },
        },
      },
    },
  },
}
