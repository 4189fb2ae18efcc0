import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/predicates.js'

/** One row per department and year: the last index-number serial handed out. No API reaches it. */
export const IndexCounters: CollectionConfig = {
  slug: 'index-counters',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true, index: true },
    { name: 'lastSerial', type: 'number', required: true, defaultValue: 0 },
  ],
}
