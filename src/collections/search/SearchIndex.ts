import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/predicates.js'
import { label } from '../../core/label.js'

export const SEARCH_INDEX = 'search-index'

/** A row of the search index as the adapter returns it (only the indexer writes it: `catalogue` is a list of ids). */
export type SearchIndexRow = {
  id: string | number
  key: string
  record: string
  recordId: string
  title?: string | null
  text?: string | null
  publishedAt?: string | null
  department?: string | null
  catalogue?: string[] | null
  removed?: boolean | null
  updatedAt: string
}

/**
 * The search index, one row per record that is or was public: what the public may search (title and
 * text of the published version) and what the filters need. Written only by the indexer, never through
 * an API; each serving process keeps its in-memory index in step by reading the rows changed since it
 * last looked. A record that stops being public keeps a row with `removed` (a tombstone), so that other
 * processes learn of the removal the same way.
 */
export const SearchIndex: CollectionConfig = {
  slug: SEARCH_INDEX,
  labels: { singular: label('檢索索引'), plural: label('檢索索引') },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'record', type: 'text', required: true },
    { name: 'recordId', type: 'text', required: true },
    { name: 'title', type: 'text' },
    { name: 'text', type: 'textarea' },
    { name: 'publishedAt', type: 'date' },
    { name: 'department', type: 'text' },
    { name: 'catalogue', type: 'json' },
    { name: 'removed', type: 'checkbox', defaultValue: false },
  ],
}
