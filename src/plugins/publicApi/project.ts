import type { CollectionSlug, Payload } from 'payload'

import type { UntypedDoc } from '../../core/docs.js'
import type { Shape } from './contract.js'
import { RECORD_COLLECTIONS, SHAPES } from './contract.js'

type Refs = Map<string, Set<string>>

const isRelation = (spec: Shape[string]): spec is { relation: CollectionSlug } => typeof spec === 'object' && 'relation' in spec
const isJoin = (spec: Shape[string]): spec is { join: CollectionSlug } => typeof spec === 'object' && 'join' in spec

/** The id of a relation left unpopulated (a bare number or string); null for a populated document. */
const bareIdOf = (value: unknown): string | null => (typeof value === 'number' || typeof value === 'string' ? String(value) : null)

/** Every bare id that points at a record collection, wherever it sits in the document. */
const collectRefs = (shape: Shape, doc: unknown, refs: Refs) => {
  if (!doc || typeof doc !== 'object') return
  for (const [field, spec] of Object.entries(shape)) {
    const value = (doc as UntypedDoc)[field]
    if (value === undefined || value === null || spec === true) continue
    const target = isRelation(spec) ? spec.relation : isJoin(spec) ? spec.join : null
    const items = isJoin(spec) ? (value.docs ?? []) : Array.isArray(value) ? value : [value]
    if (target) {
      for (const item of items) {
        const id = bareIdOf(item)
        if (id !== null && RECORD_COLLECTIONS.has(target)) {
          if (!refs.has(target)) refs.set(target, new Set())
          refs.get(target)!.add(id)
        } else if (item && typeof item === 'object') collectRefs(SHAPES[target], item, refs)
      }
    } else for (const item of items) collectRefs(spec as Shape, item, refs)
  }
}

/**
 * Which of the referenced records the public may see. A bare id of a draft or a withheld record says
 * that it exists; the public contract drops it, as Payload already drops the record itself.
 */
const visibleRefs = async (payload: Payload, refs: Refs): Promise<Refs> => {
  const visible: Refs = new Map()
  await Promise.all(
    [...refs].map(async ([collection, ids]) => {
      const found = await payload.find({
        collection: collection as 'disclosures',
        where: { id: { in: [...ids] } },
        select: { title: true },
        depth: 0,
        limit: ids.size,
        pagination: false,
        overrideAccess: false,
      })
      visible.set(collection, new Set(found.docs.map((doc) => String(doc.id))))
    }),
  )
  return visible
}

const projectShape = (shape: Shape, doc: unknown, visible: Refs, only?: string[]): unknown => {
  if (!doc || typeof doc !== 'object') return doc
  const out: Record<string, unknown> = {}
  for (const [field, spec] of Object.entries(shape)) {
    if (only && field !== 'id' && !only.includes(field)) continue
    if (!(field in doc)) continue
    const value = (doc as UntypedDoc)[field]
    if (spec === true || value === null || value === undefined) out[field] = value
    else if (isRelation(spec)) {
      const keep = (item: unknown) => {
        const id = bareIdOf(item)
        if (id === null) return projectShape(SHAPES[spec.relation], item, visible)
        return !RECORD_COLLECTIONS.has(spec.relation) || visible.get(spec.relation)?.has(id) ? item : undefined
      }
      out[field] = Array.isArray(value) ? value.map(keep).filter((item) => item !== undefined) : (keep(value) ?? null)
    } else if (isJoin(spec)) {
      const docs = (value.docs ?? [])
        .map((item: unknown) => {
          const id = bareIdOf(item)
          if (id === null) return projectShape(SHAPES[spec.join], item, visible)
          return visible.get(spec.join)?.has(id) ? item : undefined
        })
        .filter((item: unknown) => item !== undefined)
      out[field] = { docs, hasNextPage: Boolean(value.hasNextPage) }
    } else out[field] = Array.isArray(value) ? value.map((item) => projectShape(spec, item, visible)) : projectShape(spec, value, visible)
  }
  return out
}

/** Cuts documents down to the public contract of their collection, dropping references to unseen records. */
export const projectDocs = async (payload: Payload, collection: string, docs: UntypedDoc[], only?: string[]): Promise<UntypedDoc[]> => {
  const shape = SHAPES[collection]
  const refs: Refs = new Map()
  for (const doc of docs) collectRefs(shape, doc, refs)
  const visible = refs.size ? await visibleRefs(payload, refs) : new Map()
  // A document in gives a document out: only a value that is not an object comes back as it was.
  return docs.map((doc) => projectShape(shape, doc, visible, only) as UntypedDoc)
}
