import type { Label } from '../../core/label.js'

/** Options of `adminPlugin`. */
export type AdminPluginOptions = {
  /** The name on the login page, in the title bar and in Payload's own strings that name the product. Default 政府信息公开平台. */
  platformName?: Label
}

export type ResolvedAdminOptions = Required<AdminPluginOptions>
