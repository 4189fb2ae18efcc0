/*
 * The read routes this app's public API answers, on both mounts (Next and the lean server) and in the
 * OpenAPI document: the public API's own, and the search plugin's.
 */
import { DEFAULT_ROUTES } from '../../plugins/publicApi/routes/index.js'
import type { PublicRoute } from '../../plugins/publicApi/routes/types.js'
import { searchRoute } from '../../plugins/search/route.js'

export const PUBLIC_ROUTES: readonly PublicRoute[] = [...DEFAULT_ROUTES, searchRoute]
