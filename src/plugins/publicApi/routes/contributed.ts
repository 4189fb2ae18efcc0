import type { Config, SanitizedConfig } from 'payload'

import type { PublicRoute } from './types.js'

const KEY = 'gongkaiPublicRoutes'

/**
 * Adds read routes of another capability (search's `/api/search`) to every public API built on this config,
 * after the default ones; the public API plugin itself imports no other capability.
 */
export const withPublicRoutes = (config: Config, routes: readonly PublicRoute[]): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: [...contributedRoutesOf(config), ...routes] },
})

/** The routes plugins contributed, in the order they were installed. */
export const contributedRoutesOf = (config: Config | SanitizedConfig): readonly PublicRoute[] =>
  (config.custom?.[KEY] as readonly PublicRoute[] | undefined) ?? []
