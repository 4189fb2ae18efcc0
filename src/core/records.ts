import type { CollectionSlug, Config, SanitizedConfig } from 'payload'

/**
 * The fields a public response may carry: a whitelist, applied after Payload's own field access, so an
 * internal field added later stays private until it is listed on purpose. Relations and joins name their
 * collection.
 */
export type Shape = { [field: string]: true | Shape | { relation: CollectionSlug } | { join: CollectionSlug } }

/** A named filter of a public list, as data (the public API turns it into a checked condition and its schema). */
export type PublicFilter =
  | { kind: 'id' | 'idOrNone' | 'topic' | 'dateFrom' | 'dateTo' | 'year'; field: string }
  | { kind: 'codes'; field: string; allowed: readonly string[] }

/** How the public API lists a record collection. */
export type PublicListing = {
  /** Fields left out of lists unless selected: a list is for scanning, the body is for the detail. */
  listOmits: string[]
  detailDepth: number
  params: { filters: Record<string, PublicFilter>; sorts: string[]; defaultSort: string }
}

/** What search reads of a public record: its title, department and these fields, as one text in this order. */
export type RecordSearch = {
  /** Text, keyword-list and rich-text fields, joined in this order into the indexed text. */
  text: string[]
  /** Whether the record carries `catalogue` (the search filter by catalogue entry). */
  catalogue: boolean
  /** Fields a search hit carries besides type, id, title, snippet, publishedAt and department (null when empty). */
  result: string[]
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
  publicList?: PublicListing
}

const KEY = 'gongkaiRecords'

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/**
 * The record collections registered in this config. Kept in `config.custom`, which survives sanitisation
 * and belongs to one config: several Payload instances in one process never share the list.
 */
export const recordsOf = (config: WithCustom): RecordDefinition[] => (config.custom?.[KEY] as RecordDefinition[] | undefined) ?? []

export const recordSlugsOf = (config: WithCustom): CollectionSlug[] => recordsOf(config).map((record) => record.slug)

export const recordOf = (config: WithCustom, slug: string): RecordDefinition | undefined =>
  recordsOf(config).find((record) => record.slug === slug)

export const isRecord = (config: WithCustom, slug: string): boolean => recordOf(config, slug) !== undefined

/** The records that list their media in `mediaRefs`. */
export const mediaRecordSlugsOf = (config: WithCustom): CollectionSlug[] =>
  recordsOf(config)
    .filter((record) => record.mediaRefs)
    .map((record) => record.slug)

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
