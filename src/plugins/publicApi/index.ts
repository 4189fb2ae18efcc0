import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Payload, Plugin } from 'payload'

import { afterCommit } from '../../core/afterCommit.js'
import type { PublicationReactor } from '../../core/publication.js'
import { withPublicationReactor } from '../../core/publication.js'
import { invalidatePublicCache, registerPublicCache } from '../../core/publicCacheRegistry.js'
import { RECORD_COLLECTIONS } from './contract.js'
import { LINKED_PUBLIC_SOURCES, resolvePublicApiOptions } from './defaults.js'
import type { PublicApiPluginOptions } from './types.js'

export type { PublicApiPluginOptions } from './types.js'

/** Collections whose changes can alter a public response, in the default set: records, what they link to, and the guide. */
export const PUBLIC_SOURCES = [...RECORD_COLLECTIONS, ...LINKED_PUBLIC_SOURCES]

/** One function per Payload instance, so that several changes in one transaction invalidate the cache once. */
const invalidators = new WeakMap<Payload, () => Promise<void>>()
const invalidatorOf = (payload: Payload) => {
  let invalidate = invalidators.get(payload)
  if (!invalidate) invalidators.set(payload, (invalidate = () => invalidatePublicCache(payload)))
  return invalidate
}

const invalidateCacheAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await afterCommit(req, invalidatorOf(req.payload))
  return doc
}

const invalidateCacheAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await afterCommit(req, invalidatorOf(req.payload))
}

/** A committed change to what the public sees of a record: last, once the search rows are written. */
const invalidateCacheAfterPublication: PublicationReactor = {
  name: 'invalidatePublicCache',
  stage: 'announce',
  react: (payload) => invalidatePublicCache(payload),
}

const withInvalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), invalidateCacheAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateCacheAfterDelete],
  },
})

/**
 * The public read API's server side: a response cache that any committed change to public content
 * invalidates (records through their publication lifecycle, what they link to through hooks of its own).
 * The handlers live beside this file and are mounted by the Next app and by the lean server.
 */
export const publicApiPlugin =
  (pluginOptions: PublicApiPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolvePublicApiOptions(pluginOptions, config)
    const linked = new Set(options.linkedSources)
    const withHooks: Config = {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        linked.has(collection.slug) ? withInvalidation(collection) : collection,
      ),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        registerPublicCache(payload, options.makeCache())
      },
    }
    return withPublicationReactor(withHooks, invalidateCacheAfterPublication)
  }
