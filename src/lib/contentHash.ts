import { createHash } from 'node:crypto'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * One form for equal content however it arrived: a populated relation is its id, ids and numbers are
 * strings (REST form data sends "3" for 3), and empty strings, arrays and objects are absent.
 */
const normalize = (value: unknown): Json => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return normalize(record.id)
    const out: Record<string, Json> = {}
    for (const key of Object.keys(record).sort()) {
      const item = normalize(record[key])
      if (item !== null) out[key] = item
    }
    return Object.keys(out).length === 0 ? null : out
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return String(value)
}

/**
 * SHA-256 of a document's content in canonical form (sorted keys, populated relations reduced to ids,
 * empty values dropped), leaving out the workflow keys named in `exclude`.
 */
export const contentHash = (doc: Record<string, unknown>, exclude: ReadonlySet<string>): string => {
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (!exclude.has(key)) content[key] = value
  }
  return createHash('sha256')
    .update(JSON.stringify(normalize(content)))
    .digest('hex')
}
