import type { OrganisationPluginOptions } from '../organisation/types.js'
import type { RecordsPluginOptions } from '../records/types.js'

export type { AccountOptions, ResolvedAccountOptions } from '../organisation/types.js'

/** Options of `gongkaiSuitePlugin`: those of `organisationPlugin` and of `recordsPlugin`, side by side. */
export type SuitePluginOptions = OrganisationPluginOptions & RecordsPluginOptions
