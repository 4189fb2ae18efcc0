import type { Config } from 'payload'

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

/** Payload's own strings where the platform, not Payload, should show (the account page's settings heading). */
export const PLATFORM_TRANSLATIONS: Translations = {
  zh: { general: { payloadSettings: '平台设置' } },
  'zh-TW': { general: { payloadSettings: '平臺設定' } },
}

/** Ours under the host's: a host's own override of the same string wins. */
export const mergeTranslations = (ours: Translations, host: Translations | undefined): Translations => {
  const merged: Record<string, Record<string, Record<string, string>>> = {}
  for (const source of [ours, host ?? {}]) {
    for (const [language, groups] of Object.entries(source as Record<string, Record<string, Record<string, string>>>)) {
      merged[language] ??= {}
      for (const [group, strings] of Object.entries(groups)) merged[language][group] = { ...merged[language][group], ...strings }
    }
  }
  return merged as Translations
}
