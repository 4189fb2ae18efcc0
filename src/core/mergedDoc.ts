type Doc = Record<string, unknown>

const isPlainObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The document as it will be after this change. `data` of an update holds only what was sent (a
 * scheduled publish sends just `_status`), so rules must read the original merged with it; groups
 * merge one level deep, as Payload stores them.
 */
export const mergedDoc = (originalDoc: Doc | undefined, data: Doc): Doc => {
  const merged: Doc = { ...(originalDoc ?? {}) }
  for (const [key, value] of Object.entries(data)) {
    const before = merged[key]
    merged[key] = isPlainObject(before) && isPlainObject(value) && !('id' in value) ? { ...before, ...value } : value
  }
  return merged
}

/** A nested group of a document as a plain object (empty when absent). */
export const groupOf = (doc: Doc | undefined, name: string): Doc => {
  const value = doc?.[name]
  return isPlainObject(value) ? value : {}
}
