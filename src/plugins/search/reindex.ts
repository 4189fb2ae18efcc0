import type { Payload } from 'payload'

import type { PublicationEvent, PublicationReactor } from '../../core/publication.js'
import { recordOf } from '../../core/records.js'
import { followersOf, reindexRecord } from './indexer.js'

/** The record's row follows what the public may now see of it, and so do the rows of records that follow it. */
const reindexEvent = async (payload: Payload, { slug, id }: PublicationEvent) => {
  await reindexRecord(payload, slug, id)
  for (const [follower, ids] of await followersOf(payload, slug, id)) {
    for (const followerId of ids) await reindexRecord(payload, follower.slug, followerId)
  }
}

/**
 * After the transaction commits, each changed searchable record is reindexed; an `index` reactor, so the
 * response cache (an `announce` reactor) is invalidated only once the rows are written.
 */
export const reindexSearchRows: PublicationReactor = {
  name: 'reindexSearchRows',
  stage: 'index',
  react: async (payload, events) => {
    for (const event of events) {
      if (!recordOf(payload.config, event.slug)?.search) continue
      try {
        await reindexEvent(payload, event)
      } catch (err) {
        payload.logger.error({ err, msg: `search: reindexing ${event.slug} ${event.id} failed` })
      }
    }
  },
}
