import type { CollectionConfig, Config, Plugin } from 'payload'

import { andAccess } from '../../access/compose.js'
import { isAdmin } from '../../access/predicates.js'
import { resolveAdminOptions } from './defaults.js'
import { withChinaDates } from './dates.js'
import { mergeTranslations, PLATFORM_TRANSLATIONS } from './translations.js'
import type { AdminPluginOptions } from './types.js'

export type { AdminPluginOptions } from './types.js'

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 30 10H2Z" fill="#c8161d"/><rect fill="#c8161d" height="3" width="26" x="3" y="11"/><rect fill="none" height="14" stroke="#333" stroke-width="2.2" width="18" x="7" y="16"/></svg>'

/** Dashboard groups in this order (Payload orders groups by their first collection): the work first, the system last. */
const GROUP_ORDER = ['信息公开', '公开目录与指南']
const SYSTEM_GROUP = '系统'
const groupRank = (collection: CollectionConfig): number => {
  const group = collection.admin?.group
  const name = group && typeof group === 'object' ? (group as { zh?: string }).zh : group
  if (name === SYSTEM_GROUP) return GROUP_ORDER.length + 1
  const at = GROUP_ORDER.indexOf(String(name))
  return at === -1 ? GROUP_ORDER.length : at
}

/** 强制解锁 (clearing an account's failed sign-ins, on the account page) is the administrator's; the host's rule is kept and ANDed. */
const withAdminUnlock = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, unlock: andAccess(collection.access?.unlock, isAdmin) },
})

/**
 * The admin as the platform's own (issue 12): its name and mark instead of Payload's, no Gravatar (no
 * request to an outside host), Payload's strings that name the product replaced, one date format in China
 * time, the work's groups first on the dashboard, and force-unlock for administrators only. Install it last.
 */
export const adminPlugin =
  (pluginOptions: AdminPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const { platformName } = resolveAdminOptions(pluginOptions)
    const admin = config.admin ?? {}
    const collections = (config.collections ?? []).map((collection) => withAdminUnlock(withChinaDates(collection)))
    return {
      ...config,
      admin: {
        avatar: 'default',
        ...admin,
        components: {
          ...admin.components,
          graphics: { Logo: 'gongkai/client#PlatformLogo', Icon: 'gongkai/client#PlatformIcon', ...admin.components?.graphics },
        },
        meta: {
          titleSuffix: ` · ${platformName.zh}`,
          defaultOGImageType: 'off',
          icons: [{ rel: 'icon', type: 'image/svg+xml', url: `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}` }],
          ...admin.meta,
        },
      },
      i18n: { ...config.i18n, translations: mergeTranslations(PLATFORM_TRANSLATIONS, config.i18n?.translations) },
      collections: collections
        .map((collection, at) => ({ collection, at, rank: groupRank(collection) }))
        .sort((a, b) => a.rank - b.rank || a.at - b.at)
        .map(({ collection }) => collection),
    }
  }
