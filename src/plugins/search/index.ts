import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Payload, Plugin } from 'payload'

import { afterCommit, trackCommits } from '../../core/afterCommit.js'
import { touchesPublic, withPublishedState } from '../../core/publishedState.js'
import { publicCacheOf } from '../../core/publicCacheRegistry.js'
import { SearchIndex } from '../../collections/search/SearchIndex.js'
import type { Searchable } from './indexer.js'
import { interpretationsOf, reindexRecord, SEARCHABLE } from './indexer.js'

/**
 * After the transaction commits, the record's row follows what the public may now see of it, and so do
 * the rows of interpretations whose visibility follows it. The response cache is invalidated once changed
 * rows are written, so no cached search can predate them.
 */
const reindexAfterCommit = async (payload: Payload, record: Searchable, id: string | number) => {
  const outcomes = [await reindexRecord(payload, record, id)]
  if (record === 'disclosures') {
    for (const interpretation of await interpretationsOf(payload, id)) outcomes.push(await reindexRecord(payload, 'interpretations', interpretation))
  }
  // Only a row that changed can make a cached search stale (a draft save of a published record changes none).
  if (outcomes.some((outcome) => outcome !== 'unchanged')) await publicCacheOf(payload)?.invalidate()
}

const reindexOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  // A record that neither is nor was published has nothing in the index and cannot change what the public sees.
  if (touchesPublic(req, collection.slug, doc)) {
    const { payload } = req
    await afterCommit(req, () => reindexAfterCommit(payload, collection.slug as Searchable, doc.id))
  }
  return doc
}

const reindexOnDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const { payload } = req
  await afterCommit(req, () => reindexAfterCommit(payload, collection.slug as Searchable, id))
}

/**
 * Chinese full-text search over public records and interpretations: the `search-index` collection,
 * kept in step by hooks on every path that changes a record (admin, REST, GraphQL, Local API, scheduled
 * jobs). The query side is `/api/search` in the public API.
 */
export const searchPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        (SEARCHABLE as readonly string[]).includes(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...withPublishedState(collection.hooks),
                afterChange: [...(collection.hooks?.afterChange ?? []), reindexOnChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), reindexOnDelete],
              },
            }
          : collection,
      ),
      SearchIndex,
    ],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      // The rows are written once the record's transaction has committed (idempotent with publicApiPlugin).
      trackCommits(payload)
    },
  })
