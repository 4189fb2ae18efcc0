import type { Config, Plugin } from 'payload'

import { resolveWorkbenchOptions, RSC_EXPORTS } from './defaults.js'
import type { WorkbenchPluginOptions } from './types.js'

export type { WorkbenchPluginOptions } from './types.js'

/**
 * The editors' workbench in the admin (issue 12): each user's dashboard lines and their counts in the
 * navigation. It renders whatever lines the capabilities contributed, and knows none of them.
 */
export const workbenchPlugin =
  (pluginOptions: WorkbenchPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveWorkbenchOptions(pluginOptions)
    if (!options.enabled) return config
    const components = config.admin?.components ?? {}
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...components,
          beforeDashboard: [...(components.beforeDashboard ?? []), ...(options.dashboard ? [`${RSC_EXPORTS}#WorkbenchDashboard`] : [])],
          beforeNavLinks: [...(components.beforeNavLinks ?? []), ...(options.navCounts ? [`${RSC_EXPORTS}#WorkbenchNavCounts`] : [])],
        },
      },
    }
  }
