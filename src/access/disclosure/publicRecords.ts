import type { Where } from 'payload'

/**
 * What the public may see of a record (DESIGN §4.5): published, proactive, review passed. The
 * publish gate makes the last two follow from the first; they stay here as a second lock.
 */
export const publicRecordsOnly = (prefix = ''): Where => ({
  and: [
    { [`${prefix}_status`]: { equals: 'published' } },
    { [`${prefix}disclosure.attribute`]: { equals: 'proactive' } },
    { [`${prefix}secrecyReview.status`]: { equals: 'passed' } },
  ],
})
