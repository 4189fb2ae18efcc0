import type { I18nClient } from '@payloadcms/translations'

import { label, type Label } from '../../core/label.js'

/** The admin's language as our labels spell it: Traditional for `zh-TW`, Simplified otherwise. */
export const textOf = (text: Label, i18n: Pick<I18nClient, 'language'>): string => (i18n.language === 'zh-TW' ? text['zh-TW'] : text.zh)

export const TEXTS = {
  title: label('我的待辦'),
  none: label('目前沒有待辦事項。'),
  navTitle: label('待辦'),
}
