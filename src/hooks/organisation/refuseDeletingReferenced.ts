import type { CollectionBeforeDeleteHook, FlattenedField, PayloadRequest, Where } from 'payload'

import { refused } from '../../core/errors.js'
import type { RuleCode } from '../../core/messages.js'
import { named } from '../../core/named.js'

type Reference = { collection: string; path: string; versions: boolean }

/** Every field path, in every collection, that stores a relationship to `target`. */
const referencesTo = (req: PayloadRequest, target: string): Reference[] => {
  const found: Reference[] = []
  const walk = (collection: string, versions: boolean, fields: FlattenedField[], prefix: string) => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`
      if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === target)
        found.push({ collection, path, versions })
      else if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
        walk(collection, versions, field.flattenedFields, `${path}.`)
      }
    }
  }
  for (const collection of req.payload.config.collections) {
    // Payload's own bookkeeping (preferences, locks, jobs) follows a deleted document by itself.
    if (collection.slug.startsWith('payload-')) continue
    walk(collection.slug, Boolean(collection.versions), collection.flattenedFields, '')
  }
  return found
}

/** Where anything still refers to the document: the first collection and field found, or null. */
const firstReference = async (req: PayloadRequest, target: string, id: number | string): Promise<Reference | null> => {
  for (const reference of referencesTo(req, target)) {
    const where: Where = { [reference.path]: { in: [id] } }
    const { totalDocs } = await req.payload.count({ collection: reference.collection as 'users', where, overrideAccess: true, req })
    if (totalDocs > 0) return reference
    if (reference.versions) {
      const versions = await req.payload.countVersions({
        collection: reference.collection as 'disclosures',
        where: { [`version.${reference.path}`]: { in: [id] } },
        overrideAccess: true,
        req,
      })
      if (versions.totalDocs > 0) return { ...reference, path: `versions: ${reference.path}` }
    }
  }
  return null
}

/**
 * A user or department that anything refers to — records, their versions, the audit log — is never
 * deleted (DESIGN §3): a deletion would null who acted and where. Deactivate it instead.
 */
export const refuseDeletingReferenced = (rule: RuleCode): CollectionBeforeDeleteHook =>
  named('refuseDeletingReferenced', async ({ collection, id, req }) => {
    const reference = await firstReference(req, collection.slug, id)
    if (reference) {
      throw refused(req, rule, { status: 409, field: `${reference.collection}.${reference.path}` })
    }
  })
