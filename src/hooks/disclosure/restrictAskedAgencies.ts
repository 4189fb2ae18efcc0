import type { CollectionBeforeChangeHook } from 'payload'

import { worksFor } from '../../access/roles.js'
import { refused } from '../../core/errors.js'
import { groupOf } from '../../core/mergedDoc.js'
import { isDraftSave, previousMainOf } from '../../core/publication.js'
import { contentHash } from '../../lib/contentHash.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

/** Keys Payload itself writes on every save. */
const MANAGED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'secrecyReview'])

const differs = (a: unknown, b: unknown) => contentHash({ value: a }, new Set()) !== contentHash({ value: b }, new Set())

/**
 * Staff of an agency asked to confirm (Art. 11) can open the record, but may set their own confirmation
 * row and nothing else: no field, no review result, and no change to whether it is published — which
 * means their saves on a published record are draft saves. `applyAgencyConfirmations` decides the rows.
 */
export const restrictAskedAgencies = (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  named('restrictAskedAgencies', ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !req.user || worksFor(req.user, originalDoc?.[options.departmentField])) return data
    const refuse = (path: string) => refused(req, 'agency.onlyOwnConfirmation', { field: path })

    for (const [key, value] of Object.entries(data)) {
      if (!MANAGED.has(key) && differs(value, originalDoc?.[key])) throw refuse(key)
    }
    const sent = groupOf(data, 'secrecyReview')
    const before = groupOf(originalDoc, 'secrecyReview')
    for (const key of ['status', 'opinion']) {
      if (key in sent && differs(sent[key], before[key])) throw refuse(`secrecyReview.${key}`)
    }
    const mainStatus = previousMainOf(req, collection.slug, originalDoc?.id)?._status
    if (mainStatus === 'published' ? !isDraftSave(req, collection.slug, originalDoc?.id) : data._status === 'published')
      throw refuse('_status')
    return data
  })
