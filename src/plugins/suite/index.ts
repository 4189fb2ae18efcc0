import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, Config, Plugin } from 'payload'

import { withGraphqlLimits } from '../../access/apiLimits/graphqlLimits.js'
import { AuditLog } from '../../collections/organisation/AuditLog.js'
import { CatalogueEntries } from '../../collections/organisation/CatalogueEntries.js'
import { Departments } from '../../collections/organisation/Departments.js'
import { createDisclosures } from '../../collections/records/Disclosures.js'
import { IndexCounters } from '../../collections/records/IndexCounters.js'
import { Interpretations } from '../../collections/records/Interpretations.js'
import { Media } from '../../collections/organisation/Media/index.js'
import { Users, withStaffFields } from '../../collections/organisation/Users.js'
import { formatIndexNumber } from '../../lib/indexNumber.js'
import { withAccountRules } from './accounts.js'
import { resolveSuiteOptions } from './defaults.js'
import type { ResolvedSuiteOptions, SuitePluginOptions } from './types.js'

export type { SuitePluginOptions } from './types.js'

/** The host's auth collection gains staff roles, departments and the sign-in rules; an app without one gets ours. */
const withUsers = (collections: CollectionConfig[], usersSlug: string, options: ResolvedSuiteOptions): CollectionConfig[] => {
  const withRules = (users: CollectionConfig) => withAccountRules(users, options.accounts, options.passwordResetInterval)
  return collections.some((collection) => collection.slug === usersSlug)
    ? collections.map((collection) => (collection.slug === usersSlug ? withRules(withStaffFields(collection)) : collection))
    : [...collections, withRules(Users)]
}

/**
 * Adds the suite's collections (DESIGN §3): departments, the catalogue tree, records, interpretations,
 * media and the audit log. Pair it with `disclosurePlugin()` for the attribute and review rules.
 */
export const gongkaiSuitePlugin =
  (pluginOptions: SuitePluginOptions = {}): Plugin =>
  async (config: Config): Promise<Config> => {
    const options = resolveSuiteOptions(pluginOptions)
    const usersSlug = config.admin?.user ?? 'users'
    const withCollections: Config = {
      ...config,
      admin: { ...config.admin, user: usersSlug },
      collections: [
        ...withUsers(config.collections ?? [], usersSlug, options),
        Departments,
        CatalogueEntries,
        createDisclosures(formatIndexNumber(options.indexNumberPattern)),
        Interpretations,
        Media,
        AuditLog,
        IndexCounters,
      ],
      upload: { ...config.upload, limits: { fileSize: options.maxUploadBytes, ...config.upload?.limits } },
      // Root fields, cost, depth and page sizes on /api/graphql, for anonymous callers and staff.
      graphQL: withGraphqlLimits(config.graphQL),
    }
    return nestedDocsPlugin({
      collections: ['catalogue-entries'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.map((doc) => String(doc.code ?? '')).join('/'),
    })(withCollections)
  }
