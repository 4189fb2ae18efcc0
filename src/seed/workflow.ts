import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { submittingContext } from '../core/workflow.js'
import type { DefaultRecordSlug as RecordSlug } from '../collections/records/definitions.js'
import type { Disclosure, Interpretation, User } from '../payload-types.js'

type Id = number | string

/**
 * Local API calls made as a signed-in member of staff with access control on, so that every rule
 * (attribute, four eyes, review hash, publish gate, interpretations) applies as it does in the admin.
 */
export const actAs = (payload: Payload, user: User) => {
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  return {
    /** Saves a new record as a draft. */
    draftRecord: (data: RequiredDataFromCollectionSlug<'disclosures'>): Promise<Disclosure> =>
      payload.create({ collection: 'disclosures', data, draft: true, ...asUser }),
    /** Saves a new interpretation as a draft. */
    draftInterpretation: (data: RequiredDataFromCollectionSlug<'interpretations'>): Promise<Interpretation> =>
      payload.create({ collection: 'interpretations', data, draft: true, ...asUser }),
    /** Saves changes to a record's latest draft. */
    saveDraft: (id: Id, data: Partial<Disclosure>): Promise<Disclosure> =>
      payload.update({ collection: 'disclosures', id, data, draft: true, ...asUser }),
    /** Sends the latest draft for review, as the admin's submit action does (a record sent back goes to pending again). */
    submit: (collection: RecordSlug, id: Id) =>
      payload.update({ collection, id, data: {}, draft: true, context: submittingContext(collection, id), ...asUser }),
    /** The secrecy review's result, given on the latest draft as it stands. */
    review: (collection: RecordSlug, id: Id, status: 'passed' | 'rejected', opinion: string) =>
      payload.update({ collection, id, data: { secrecyReview: { status, opinion } }, draft: true, ...asUser }),
    /** Publishes the record, or saves workflow changes (validity, dates) to a published one. */
    publish: (collection: RecordSlug, id: Id, data: Partial<Disclosure & Interpretation> = {}) =>
      payload.update({ collection, id, data: { ...data, _status: 'published' }, ...asUser }),
  }
}
