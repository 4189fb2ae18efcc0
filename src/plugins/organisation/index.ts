import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { withGraphqlLimits } from '../../access/apiLimits/graphqlLimits.js'
import { createAuditLog } from '../../collections/organisation/AuditLog.js'
import { CatalogueEntries } from '../../collections/organisation/CatalogueEntries.js'
import { Departments } from '../../collections/organisation/Departments.js'
import { Media } from '../../collections/organisation/Media/index.js'
import { Users, withStaffFields } from '../../collections/organisation/Users.js'
import { withAccountRules } from './accounts.js'
import { resolveOrganisationOptions } from './defaults.js'
import type { OrganisationPluginOptions, ResolvedOrganisationOptions } from './types.js'

export type { OrganisationPluginOptions } from './types.js'

/** The host's auth collection gains staff roles, departments and the sign-in rules; an app without one gets ours. */
const withUsers = (collections: CollectionConfig[], usersSlug: string, options: ResolvedOrganisationOptions): CollectionConfig[] => {
  const withRules = (users: CollectionConfig) => withAccountRules(users, options.accounts, options.passwordResetInterval)
  return collections.some((collection) => collection.slug === usersSlug)
    ? collections.map((collection) => (collection.slug === usersSlug ? withRules(withStaffFields(collection)) : collection))
    : [...collections, withRules({ ...Users, slug: usersSlug })]
}

/**
 * The organisation capability (DESIGN §2): departments, staff accounts, the catalogue tree, media and
 * the audit log, with the upload and GraphQL limits they need.
 */
export const organisationPlugin =
  (pluginOptions: OrganisationPluginOptions = {}): Plugin =>
  async (config: Config): Promise<Config> => {
    const options = resolveOrganisationOptions(pluginOptions)
    const usersSlug = config.admin?.user ?? 'users'
    const withCollections: Config = {
      ...config,
      admin: { ...config.admin, user: usersSlug },
      collections: [...withUsers(config.collections ?? [], usersSlug, options), Departments, CatalogueEntries, Media, createAuditLog(usersSlug as CollectionSlug)],
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
