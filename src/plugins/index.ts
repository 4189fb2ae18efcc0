import type { Config, Plugin } from 'payload'

import { adminPlugin } from './admin/index.js'
import type { AdminPluginOptions } from './admin/types.js'
import { apiLimitsPlugin } from './apiLimits/index.js'
import type { ApiLimitsPluginOptions } from './apiLimits/types.js'
import { disclosurePlugin } from './disclosure/index.js'
import type { DisclosurePluginOptions } from './disclosure/types.js'
import { organisationPlugin } from './organisation/index.js'
import type { OrganisationPluginOptions } from './organisation/types.js'
import { publicApiPlugin } from './publicApi/index.js'
import type { PublicApiPluginOptions } from './publicApi/types.js'
import { recordsPlugin } from './records/index.js'
import type { RecordsPluginOptions } from './records/types.js'
import { searchPlugin } from './search/index.js'
import type { SearchPluginOptions } from './search/types.js'
import { workbenchPlugin } from './workbench/index.js'
import type { WorkbenchPluginOptions } from './workbench/types.js'

/** Options of `gongkaiPlugin`: each capability's own options, under its name. */
export type GongkaiSettings = {
  organisation?: OrganisationPluginOptions
  records?: RecordsPluginOptions
  disclosure?: DisclosurePluginOptions
  publicApi?: PublicApiPluginOptions
  search?: SearchPluginOptions
  apiLimits?: ApiLimitsPluginOptions
  workbench?: WorkbenchPluginOptions
  admin?: AdminPluginOptions
}

/**
 * The whole suite in the one order that works: organisation (what records belong to), records (and their
 * publication lifecycle), disclosure (attribute and review on every record), the public API and search
 * (which react to publication), the admin workbench (which shows the lines the others contributed), the API
 * limits, so they see every collection, and the admin's branding, dates and dashboard order last, over every collection.
 */
export const gongkaiPlugin =
  (settings: GongkaiSettings = {}): Plugin =>
  async (config: Config): Promise<Config> => {
    const plugins: Plugin[] = [
      organisationPlugin(settings.organisation),
      recordsPlugin(settings.records),
      disclosurePlugin(settings.disclosure),
      publicApiPlugin(settings.publicApi),
      searchPlugin(settings.search),
      workbenchPlugin(settings.workbench),
      apiLimitsPlugin(settings.apiLimits),
      adminPlugin(settings.admin),
    ]
    let composed = config
    for (const plugin of plugins) composed = await plugin(composed)
    return composed
  }
