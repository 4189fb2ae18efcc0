import type { Config, Plugin } from 'payload'

import { organisationPlugin } from '../organisation/index.js'
import { recordsPlugin } from '../records/index.js'
import { splitSuiteOptions } from './defaults.js'
import type { SuitePluginOptions } from './types.js'

export type { SuitePluginOptions } from './types.js'

/**
 * The suite's collections (DESIGN §3): `organisationPlugin` then `recordsPlugin`, for hosts that pick
 * plugins one by one. Pair it with `disclosurePlugin()` for the attribute and review rules.
 */
export const gongkaiSuitePlugin =
  (options: SuitePluginOptions = {}): Plugin =>
  async (config: Config): Promise<Config> => {
    const { organisation, records } = splitSuiteOptions(options)
    return recordsPlugin(records)(await organisationPlugin(organisation)(config))
  }
