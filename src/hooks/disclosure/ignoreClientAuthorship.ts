import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Authorship is written by the system only (DESIGN §4.2): whatever a client sends as `createdBy` or
 * `updatedBy` is replaced by the stored value before any rule reads the document, so the four-eyes
 * check and the audit trail only ever see stored history. `applySecrecyReview` sets them from the
 * signed-in user; the review group's own system fields are rebuilt there from the stored row.
 */
export const ignoreClientAuthorship: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  for (const field of ['createdBy', 'updatedBy']) {
    if (operation === 'create') data[field] = null
    else if (field in data) data[field] = originalDoc?.[field] ?? null
  }
  return data
}
