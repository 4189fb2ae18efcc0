import type { CollectionConfig, Config, Plugin } from 'payload'

import { DEFAULT_RECORDS } from '../../collections/records/definitions.js'
import { createDisclosures } from '../../collections/records/Disclosures.js'
import { IndexCounters } from '../../collections/records/IndexCounters.js'
import { Interpretations } from '../../collections/records/Interpretations.js'
import { trackCommits } from '../../core/afterCommit.js'
import { withPublicationLifecycle } from '../../core/publication.js'
import { isRecord, withRecords } from '../../core/records.js'
import { formatIndexNumber } from '../../lib/indexNumber.js'
import { resolveRecordsOptions } from './defaults.js'
import type { RecordsPluginOptions } from './types.js'

export type { RecordsPluginOptions } from './types.js'

/** Records go before the organisation's media, so the admin lists 政府信息, 政策解讀, then files in their group. */
const withRecordCollections = (collections: CollectionConfig[], records: CollectionConfig[]): CollectionConfig[] => {
  const media = collections.findIndex((collection) => collection.slug === 'media')
  const at = media === -1 ? collections.length : media
  return [...collections.slice(0, at), ...records, ...collections.slice(at), IndexCounters]
}

/**
 * The records capability (DESIGN §2): disclosures, interpretations and index counters, the registry of
 * record collections (ours and the host's `records`), and on each of them the publication lifecycle that
 * the disclosure, public API and search plugins react to. Install it after `organisationPlugin()`.
 */
export const recordsPlugin =
  (pluginOptions: RecordsPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveRecordsOptions(pluginOptions, config)
    const registered = withRecords(config, [...DEFAULT_RECORDS, ...options.records])
    const collections = withRecordCollections(config.collections ?? [], [
      createDisclosures(formatIndexNumber(options.indexNumberPattern)),
      Interpretations,
    ])
    return {
      ...registered,
      collections: collections.map((collection) =>
        isRecord(registered, collection.slug) ? withPublicationLifecycle(collection) : collection,
      ),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // Reactors to a publication run once the record's transaction has committed.
        trackCommits(payload)
      },
    }
  }
