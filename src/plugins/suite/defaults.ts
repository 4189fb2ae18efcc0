import type { OrganisationPluginOptions } from '../organisation/types.js'
import type { RecordsPluginOptions } from '../records/types.js'
import type { SuitePluginOptions } from './types.js'

/** The suite's options, split between the two capabilities it installs (each resolves and checks its own). */
export const splitSuiteOptions = ({
  indexNumberPattern,
  records,
  ...organisation
}: SuitePluginOptions): { organisation: OrganisationPluginOptions; records: RecordsPluginOptions } => ({
  organisation,
  records: { indexNumberPattern, records },
})
