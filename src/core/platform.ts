import type { Label } from './label.js'

/** The platform's name in the admin, its title bar and its logo (mainland usage in `zh`). */
export const PLATFORM_NAME: Label = { zh: '政府信息公开平台', 'zh-TW': '政府信息公開平臺' }
