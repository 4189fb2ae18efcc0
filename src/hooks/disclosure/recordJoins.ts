import type { SanitizedCollectionConfig } from 'payload'

/**
 * The record collection a REST `joins` entry (`joins[interpretations][where]…`) queries, or undefined.
 * Payload runs such a query inside the parent's read, past the joined collection's own hooks, so the
 * query hooks apply themselves to it.
 */
export const recordJoinTarget = (collection: SanitizedCollectionConfig, joinPath: string, records: readonly string[]) => {
  const target = Object.entries(collection.joins ?? {}).find(([, joins]) => joins.some((join) => join.joinPath === joinPath))?.[0]
  return target && records.includes(target) ? target : undefined
}
