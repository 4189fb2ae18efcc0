import type { CollectionAfterOperationHook, FlattenedField } from 'payload'

import { readableIds } from '../../access/disclosure/readableRecords.js'
import { isCityWide } from '../../access/roles.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

type Doc = Record<string, unknown>
type Id = number | string
type Slot = { holder: Doc; key: string; target: string }

const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string'

/** Relationship values that point at record collections and are bare ids (not populated), with where they sit. */
const collectSlots = (doc: Doc, fields: FlattenedField[], records: ReadonlySet<string>, into: Slot[]): Slot[] => {
  for (const field of fields) {
    const value = doc[field.name]
    if (value === null || value === undefined) continue
    if (field.type === 'relationship' && typeof field.relationTo === 'string' && records.has(field.relationTo)) {
      into.push({ holder: doc, key: field.name, target: field.relationTo })
    } else if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field && typeof value === 'object') {
      collectSlots(value as Doc, field.flattenedFields, records, into)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) if (row && typeof row === 'object') collectSlots(row as Doc, field.flattenedFields, records, into)
    }
  }
  return into
}

/** The documents a read returned: a page, one document, or the `version` of each version read. */
const docsOf = (operation: string, result: unknown): Doc[] => {
  const page = (result as { docs?: Doc[] }).docs ?? []
  if (operation === 'find') return page
  if (operation === 'findByID') return [result as Doc]
  if (operation === 'findVersions') return page.map((item) => item.version as Doc).filter(Boolean)
  if (operation === 'findVersionByID') return [(result as Doc).version as Doc].filter(Boolean)
  return []
}

const idsIn = (value: unknown): Id[] => (Array.isArray(value) ? value : [value]).filter(isId)

/**
 * A bare id in a relationship says that the record exists (DESIGN §4.5): Payload removes records the
 * caller cannot read when it populates them, but leaves unpopulated ids (`replacedBy`, `policies`) as
 * they are. This drops, after every read (versions too), the ids of records the caller could not read itself.
 */
export const hideUnreadableRefs = (options: ResolvedDisclosureOptions): CollectionAfterOperationHook =>
  named('hideUnreadableRefs', async ({ collection, operation, req, result }) => {
    if (!result || isCityWide(req.user)) return result
    const records = new Set<string>(options.collections)
    const docs = docsOf(operation, result)
    if (docs.length === 0) return result
    const slots = docs.flatMap((doc) => collectSlots(doc, collection.flattenedFields, records, []))
    const byTarget = new Map<string, Id[]>()
    for (const slot of slots) byTarget.set(slot.target, [...(byTarget.get(slot.target) ?? []), ...idsIn(slot.holder[slot.key])])
    const visible = new Map<string, Set<string>>()
    for (const [target, ids] of byTarget) if (ids.length) visible.set(target, await readableIds(req, target, ids))
    for (const { holder, key, target } of slots) {
      const keep = (item: unknown) => !isId(item) || Boolean(visible.get(target)?.has(String(item)))
      const value = holder[key]
      holder[key] = Array.isArray(value) ? value.filter(keep) : keep(value) ? value : null
    }
    return result
  })
