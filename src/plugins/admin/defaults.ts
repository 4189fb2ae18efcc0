import { PLATFORM_NAME } from '../../core/platform.js'
import type { AdminPluginOptions, ResolvedAdminOptions } from './types.js'

export const resolveAdminOptions = (options: AdminPluginOptions): ResolvedAdminOptions => {
  const platformName = options.platformName ?? PLATFORM_NAME
  if (!platformName.zh?.trim() || !platformName['zh-TW']?.trim()) {
    throw new Error('adminPlugin: platformName needs both zh and zh-TW, e.g. { zh: "政府信息公开平台", "zh-TW": "政府信息公開平台" }.')
  }
  return { platformName }
}
