export type { ApiLimitsPluginOptions, ResolvedApiLimitsOptions } from '../../hooks/apiLimits/options.js'
