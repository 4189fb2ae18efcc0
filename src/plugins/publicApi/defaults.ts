import type { Config } from 'payload'

import { requireRecordLifecycle } from '../../core/publication.js'
import { recordSlugsOf } from '../../core/records.js'
import { memoryCache } from './cache.js'
import type { PublicApiPluginOptions, ResolvedPublicApiOptions } from './types.js'

/** What records link to, and the guide: their changes can alter a public response too. */
export const LINKED_PUBLIC_SOURCES = ['catalogue-entries', 'departments', 'media']

export const resolvePublicApiOptions = (options: PublicApiPluginOptions, config: Config): ResolvedPublicApiOptions => {
  requireRecordLifecycle(config, 'publicApiPlugin', recordSlugsOf(config))
  const { cache } = options
  return {
    makeCache: typeof cache === 'function' ? cache : () => cache ?? memoryCache(),
    linkedSources: LINKED_PUBLIC_SOURCES,
  }
}
