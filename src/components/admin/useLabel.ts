'use client'
import { useTranslation } from '@payloadcms/ui'

import type { Label } from '../../core/label.js'

/** A Label in the admin's language: Traditional for `zh-TW`, Simplified otherwise. */
export const useLabel = (): ((text: Label) => string) => {
  const { i18n } = useTranslation()
  return (text) => (i18n.language === 'zh-TW' ? text['zh-TW'] : text.zh)
}
