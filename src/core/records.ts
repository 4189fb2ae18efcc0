import type { CollectionSlug, Config, SanitizedConfig } from 'payload'

import type { Shape } from '../plugins/publicApi/contract.js'
import type { PublicCollection } from '../plugins/publicApi/contract.js'

/** What search reads of a public record: its title, department and these fields, as one text in this order. */
export type RecordSearch = {
  /** Text, keyword-list and rich-text fields, joined in this order into the indexed text. */
  text: string[]
  /** Whether the record carries `catalogue` (the search filter by catalogue entry). */
  catalogue: boolean
}

/**
 * A record collection (DESIGN §2 core): a collection whose documents the public sees only when published,
 * proactive and review passed, with the capabilities that follow from being one.
 */
export type RecordDefinition = {
  slug: CollectionSlug
  /** It lists the media it uses in `mediaRefs`, so a file is public exactly while a public record uses it. */
  mediaRefs: boolean
  /** Indexed for public search; absent: not searchable. */
  search?: RecordSearch
  /** Its public visibility follows another record's (an interpretation follows its policies). */
  follows?: { slug: CollectionSlug; field: string }
  /** The fields a public response may carry, and how the public API lists it; absent: not served there. */
  publicShape?: Shape
  publicList?: Omit<PublicCollection, 'slug'>
}

const KEY = 'gongkaiRecords'

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/**
 * The record collections registered in this config. Kept in `config.custom`, which survives sanitisation
 * and belongs to one config: several Payload instances in one process never share the list.
 */
export const recordsOf = (config: WithCustom): RecordDefinition[] => (config.custom?.[KEY] as RecordDefinition[] | undefined) ?? []

export const recordSlugsOf = (config: WithCustom): CollectionSlug[] => recordsOf(config).map((record) => record.slug)

export const recordOf = (config: WithCustom, slug: string): RecordDefinition | undefined => recordsOf(config).find((record) => record.slug === slug)

export const isRecord = (config: WithCustom, slug: string): boolean => recordOf(config, slug) !== undefined

/** The records that list their media in `mediaRefs`. */
export const mediaRecordSlugsOf = (config: WithCustom): CollectionSlug[] => recordsOf(config).filter((record) => record.mediaRefs).map((record) => record.slug)

/** The searchable records. */
export const searchedRecordsOf = (config: WithCustom): (RecordDefinition & { search: RecordSearch })[] =>
  recordsOf(config).filter((record): record is RecordDefinition & { search: RecordSearch } => record.search !== undefined)

/** Registers record definitions (a later one of the same slug replaces the earlier), returning a new config. */
export const withRecords = (config: Config, definitions: RecordDefinition[]): Config => {
  const slugs = new Set(definitions.map((definition) => definition.slug))
  return {
    ...config,
    custom: { ...config.custom, [KEY]: [...recordsOf(config).filter((record) => !slugs.has(record.slug)), ...definitions] },
  }
}
