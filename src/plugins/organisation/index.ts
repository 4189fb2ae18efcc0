import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { withGraphqlLimits } from '../../access/apiLimits/graphqlLimits.js'
import { named } from '../../core/named.js'
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

/** The nested-docs plugin's hooks come from factories, unnamed: named here so the catalogue's chain can be printed. */
const TREE_HOOK_NAMES = { beforeChange: ['populateBreadcrumbs'], afterChange: ['resaveChildren', 'resaveSelfAfterCreate'] } as const
const withNamedTreeHooks = (collection: CollectionConfig): CollectionConfig => {
  const hooks = { ...collection.hooks }
  for (const [type, names] of Object.entries(TREE_HOOK_NAMES) as [keyof typeof TREE_HOOK_NAMES, readonly string[]][]) {
    hooks[type] = (hooks[type] ?? []).map((hook, at) => (at < names.length && !hook.name ? named(names[at], hook) : hook)) as never
  }
  return { ...collection, hooks }
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
      collections: [
        ...withUsers(config.collections ?? [], usersSlug, options),
        Departments,
        CatalogueEntries,
        Media,
        createAuditLog(usersSlug as CollectionSlug),
      ],
      upload: { ...config.upload, limits: { fileSize: options.maxUploadBytes, ...config.upload?.limits } },
      // Root fields, cost, depth and page sizes on /api/graphql, for anonymous callers and staff.
      graphQL: withGraphqlLimits(config.graphQL),
    }
    const withTree = await nestedDocsPlugin({
      collections: ['catalogue-entries'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.map((doc) => String(doc.code ?? '')).join('/'),
    })(withCollections)
    return {
      ...withTree,
      collections: withTree.collections?.map((collection) =>
        collection.slug === 'catalogue-entries' ? withNamedTreeHooks(collection) : collection,
      ),
    }
  }
