import type { ResolvedWorkbenchOptions, WorkbenchPluginOptions } from './types.js'

/** Where the admin components are exported (package.json `exports["./rsc"]`). */
export const RSC_EXPORTS = 'gongkai/rsc'

export const resolveWorkbenchOptions = (options: WorkbenchPluginOptions): ResolvedWorkbenchOptions => ({
  dashboard: options.dashboard ?? true,
  navCounts: options.navCounts ?? true,
  enabled: options.enabled ?? true,
})
