import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Payload,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'

import { afterCommit } from './afterCommit.js'

/**
 * What a save did to what the public sees of a record: `published` (it became public, or a newer version
 * of it was published), `unpublished`, `edited` (it was or stays public: its public content may have
 * changed), `none` (it neither was nor is public). A deletion is `deleted`.
 */
export type PublicationOutcome = 'published' | 'unpublished' | 'edited' | 'none' | 'deleted'

export type PublicationEvent = { slug: string; id: string | number; outcome: Exclude<PublicationOutcome, 'none'> }

/**
 * Something that reacts once a transaction that changed public records has committed. `index` reactors
 * (search rows) run before `announce` ones (the response cache), so nothing announced predates its rows.
 */
export type PublicationReactor = {
  name: string
  stage: 'index' | 'announce'
  react: (payload: Payload, events: PublicationEvent[]) => Promise<void>
}

type Doc = Record<string, unknown>
type State = {
  mains: Record<string, Doc | null>
  outcomes: Record<string, PublicationOutcome>
  drafts: Record<string, boolean>
  pending: PublicationEvent[]
  flush?: () => Promise<void>
}

const KEY = 'gongkai:publication'
const REACTORS = 'gongkaiPublicationReactors'

const stateOf = (req: PayloadRequest): State => {
  req.context[KEY] ??= { mains: {}, outcomes: {}, drafts: {}, pending: [] } satisfies State
  return req.context[KEY] as State
}

const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

/**
 * Remembers whether an update asks for a draft save, for rules that decide before the write (an asked agency may
 * only save drafts of a published record); the outcome after the write is read from the stored row instead.
 * An update by id flags its record; a bulk update, or a version restore (its id names the version, not the
 * record), flags the collection, and drops the record flags that earlier operations of the request left:
 * one request can run several (a GraphQL request's mutations), and a stale record flag must not decide.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const { draft, id } = args as { draft?: boolean; id?: unknown }
  const { drafts } = stateOf(req)
  if (operation === 'update' && id !== undefined && id !== null) {
    drafts[keyOf(collection.slug, id)] = Boolean(draft)
    return args
  }
  for (const key of Object.keys(drafts)) if (key.startsWith(`${collection.slug}:`)) delete drafts[key]
  drafts[keyOf(collection.slug, '*')] = Boolean(draft)
  return args
}

/** Whether the update of this record was asked for as a draft save (see `rememberDraftSave`). */
export const isDraftSave = (req: PayloadRequest, slug: string, id: unknown): boolean => {
  const { drafts } = stateOf(req)
  return drafts[keyOf(slug, id)] ?? drafts[keyOf(slug, '*')] ?? false
}

/**
 * Before the save, the one read of the record's stored main row: `previousDoc` cannot tell, since Payload
 * passes the newest version there, and after a draft edit of a published record that is the draft.
 */
export const rememberPublication: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && originalDoc?.id !== null) {
    const main = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
    stateOf(req).mains[keyOf(collection.slug, originalDoc.id)] = main as Doc | null
  }
  return data
}

const reactorsOf = (config: Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>): PublicationReactor[] =>
  (config.custom?.[REACTORS] as PublicationReactor[] | undefined) ?? []

const STAGES = ['index', 'announce'] as const

/** The reactors in the order they run: every `index` one, then every `announce` one. */
export const reactorsInRunOrder = (config: Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>): PublicationReactor[] =>
  STAGES.flatMap((stage) => reactorsOf(config).filter((reactor) => reactor.stage === stage))

/** Runs every reactor once over the transaction's events, each on its own: one failing leaves the others running. */
const flushOf = (req: PayloadRequest, state: State) => {
  const { payload } = req
  return async () => {
    const byRecord = new Map(state.pending.map((event) => [keyOf(event.slug, event.id), event]))
    state.pending = []
    const events = [...byRecord.values()]
    for (const reactor of reactorsInRunOrder(payload.config)) {
      try {
        await reactor.react(payload, events)
      } catch (err) {
        payload.logger.error({ err, msg: `publication reactor ${reactor.name} failed` })
      }
    }
  }
}

const announce = async (req: PayloadRequest, event: PublicationEvent) => {
  const state = stateOf(req)
  state.pending.push(event)
  state.flush ??= flushOf(req, state)
  await afterCommit(req, state.flush)
}

/** After the save, the outcome is decided once, for every hook after it, and the reactors are scheduled. */
export const decidePublication: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const key = keyOf(collection.slug, doc.id)
  const state = stateOf(req)
  const wasPublished = state.mains[key]?._status === 'published'
  // A draft save over a published record leaves its main row published; an unpublish does not. Only the
  // stored row tells the two apart on every path (update by id or in bulk, a version restore, several
  // operations in one request), so it is read again in exactly that case, inside the transaction.
  const storedStatus = async () =>
    ((await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })) as Doc | null)?._status
  const isPublished = doc._status === 'published' || (wasPublished && (await storedStatus()) === 'published')
  let outcome: PublicationOutcome = 'none'
  if (doc._status === 'published' && (!wasPublished || previousDoc?._status !== 'published')) outcome = 'published'
  else if (wasPublished && !isPublished) outcome = 'unpublished'
  else if (wasPublished || isPublished) outcome = 'edited'
  state.outcomes[key] = outcome
  if (outcome !== 'none') await announce(req, { slug: collection.slug, id: doc.id, outcome })
  return doc
}

export const decideDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await announce(req, { slug: collection.slug, id, outcome: 'deleted' })
}

/** The outcome of the current save of the record, once `decidePublication` has run. */
export const publicationOf = (req: PayloadRequest, slug: string, id: unknown): PublicationOutcome =>
  stateOf(req).outcomes[keyOf(slug, id)] ?? 'none'

/** The stored main document as it was before the current save (for what it referenced). */
export const previousMainOf = (req: PayloadRequest, slug: string, id: unknown): Doc | null => stateOf(req).mains[keyOf(slug, id)] ?? null

/** Registers a reactor (the plugin that owns it calls this), returning a new config. */
export const withPublicationReactor = (config: Config, reactor: PublicationReactor): Config => ({
  ...config,
  custom: { ...config.custom, [REACTORS]: [...reactorsOf(config).filter((known) => known.name !== reactor.name), reactor] },
})

const addOnce = <T>(hooks: T[] | undefined, hook: T, where: 'first' | 'last'): T[] => {
  const list = hooks ?? []
  if (list.includes(hook)) return list
  return where === 'first' ? [hook, ...list] : [...list, hook]
}

/**
 * Installs the lifecycle on a record collection, once: the stored row is read first in `beforeChange`
 * and the outcome decided first in `afterChange`, so every hook after them can read it.
 */
export const withPublicationLifecycle = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: addOnce(hooks.beforeOperation, rememberDraftSave, 'last'),
      beforeChange: addOnce(hooks.beforeChange, rememberPublication, 'first'),
      afterChange: addOnce(hooks.afterChange, decidePublication, 'first'),
      afterDelete: addOnce(hooks.afterDelete, decideDeletion, 'last'),
    },
  }
}

/** The collection's `beforeChange` hooks with `added` right after the lifecycle's read of the stored row. */
export const afterStoredRowRead = (
  hooks: CollectionBeforeChangeHook[] | undefined,
  added: CollectionBeforeChangeHook[],
): CollectionBeforeChangeHook[] => {
  const rest = (hooks ?? []).filter((hook) => hook !== rememberPublication)
  return [rememberPublication, ...added, ...rest]
}

/** The fixed order of the suite's plugins, which `gongkaiPlugin` uses. */
export const PLUGIN_ORDER =
  'organisationPlugin(), recordsPlugin(), disclosurePlugin(), publicApiPlugin(), searchPlugin(), apiLimitsPlugin()'

/**
 * Fails at start when a plugin that reacts to publication comes before the records capability (it would
 * otherwise attach to nothing), naming the order that works.
 */
export const requireRecordLifecycle = (config: Config, plugin: string, records: string[]): void => {
  const missing = records.filter((slug) => {
    const collection = config.collections?.find((candidate) => candidate.slug === slug)
    return !collection?.hooks?.afterChange?.includes(decidePublication)
  })
  if (records.length === 0 || missing.length > 0) {
    throw new Error(
      `${plugin}: no record collections with the publication lifecycle${missing.length ? ` (${missing.join(', ')})` : ''}. Use gongkaiPlugin(), or install the plugins in this order: ${PLUGIN_ORDER}.`,
    )
  }
}
