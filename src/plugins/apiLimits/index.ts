import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { badParameter } from '../../core/errors.js'
import { answerMalformedBodies } from '../../hooks/apiLimits/answerMalformedBodies.js'
import { answerRuleErrors } from '../../hooks/apiLimits/answerRuleErrors.js'
import { checkApiArguments } from '../../hooks/apiLimits/checkApiArguments.js'
import { resolveApiLimitsOptions } from './defaults.js'
import type { ApiLimitsPluginOptions } from './types.js'

export type { ApiLimitsPluginOptions } from './types.js'

/** Payload routes `/versions` of a collection without versions to a table that does not exist (a 500): answer 404. */
const noVersionEndpoints = (slug: string): Endpoint[] =>
  (['get /versions', 'get /versions/:id', 'post /versions/:id'] as const).map((route) => {
    const [method, path] = route.split(' ') as ['get' | 'post', string]
    return {
      method,
      path,
      handler: () => {
        throw badParameter('versions', `${slug} 不保存版本 / ${slug} keeps no versions`, 404)
      },
    }
  })

const withLimits = (collection: CollectionConfig, hook: ReturnType<typeof checkApiArguments>): CollectionConfig => ({
  ...collection,
  // First, so that the client's own arguments are checked before other hooks add to them.
  hooks: { ...collection.hooks, beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])] },
  endpoints:
    collection.endpoints === false || collection.versions
      ? collection.endpoints
      : [...(collection.endpoints ?? []), ...noVersionEndpoints(collection.slug)],
})

/**
 * Bounds what one staff REST or GraphQL request may ask (README "Limits of the staff API"): page
 * sizes, ids, `where`, versions of collections that keep none, unreadable multipart bodies. Install it
 * after every plugin that adds collections; the body size limit is the route wrapper in
 * `src/config/requestLimits.ts`.
 */
export const apiLimitsPlugin =
  (pluginOptions: ApiLimitsPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const hook = checkApiArguments(resolveApiLimitsOptions(pluginOptions))
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => withLimits(collection, hook)),
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerMalformedBodies, answerRuleErrors] },
    }
  }
