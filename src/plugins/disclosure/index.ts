import type { CollectionConfig, Config, Plugin } from 'payload'

import { andAccess } from '../../access/compose.js'
import { rememberPublicationState, resolvePublicationChange } from '../../hooks/publicationState.js'
import { deleteNeverPublished, createRecords, readRecordVersions, readRecords, updateRecords } from './access/recordAccess.js'
import { resolveOptions } from './defaults.js'
import { createDisclosureField } from './fields/disclosureField.js'
import { createSecrecyReviewField } from './fields/secrecyReviewField.js'
import { createDepartmentField, createWorkflowFields } from './fields/workflowFields.js'
import { applyAgencyConfirmations } from './hooks/applyAgencyConfirmations.js'
import { applySecrecyReview } from './hooks/applySecrecyReview.js'
import { auditDeletion, auditWorkflow } from './hooks/auditWorkflow.js'
import { rememberDraftSave } from './hooks/draftSave.js'
import { enforceDisclosureAttribute } from './hooks/enforceDisclosureAttribute.js'
import { hideDraftsFromPublic } from './hooks/hideDraftsFromPublic.js'
import { guardRecordRefQueries } from './hooks/guardRecordRefQueries.js'
import { hideUnreadableRefs } from './hooks/hideUnreadableRefs.js'
import { ignoreClientAuthorship } from './hooks/ignoreClientAuthorship.js'
import { protectPublishedAt } from './hooks/protectPublishedAt.js'
import { requireLatestVersion } from './hooks/requireLatestVersion.js'
import { requirePublishable } from './hooks/requirePublishable.js'
import { refuseUnsafeLinks } from './hooks/refuseUnsafeLinks.js'
import { restrictAskedAgencies } from './hooks/restrictAskedAgencies.js'
import type { DisclosurePluginOptions, ResolvedDisclosureOptions } from './types.js'

export type { DisclosurePluginOptions } from './types.js'

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

const withDisclosureWorkflow = (collection: CollectionConfig, options: ResolvedDisclosureOptions): CollectionConfig => {
  const { departmentField, departmentsCollection, usersCollection } = options
  const access = collection.access ?? {}
  const hooks = collection.hooks ?? {}
  const added = [
    ...(hasField(collection, departmentField) ? [] : [createDepartmentField(departmentField, departmentsCollection)]),
    createDisclosureField(departmentField, usersCollection),
    createSecrecyReviewField(collection.slug, departmentField, usersCollection, departmentsCollection),
    ...createWorkflowFields(departmentField, usersCollection).filter((field) => !('name' in field) || !hasField(collection, field.name)),
  ]
  return {
    ...collection,
    fields: [...collection.fields, ...added],
    access: {
      ...access,
      read: andAccess(access.read, readRecords(departmentField)),
      readVersions: andAccess(access.readVersions, readRecordVersions(departmentField)),
      create: andAccess(access.create, createRecords),
      update: andAccess(access.update, updateRecords(departmentField)),
      delete: andAccess(access.delete, deleteNeverPublished(departmentField)),
    },
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), hideDraftsFromPublic, rememberDraftSave, guardRecordRefQueries(options)],
      beforeChange: [
        rememberPublicationState,
        requireLatestVersion,
        ignoreClientAuthorship,
        restrictAskedAgencies(options),
        protectPublishedAt,
        enforceDisclosureAttribute,
        refuseUnsafeLinks,
        ...(hooks.beforeChange ?? []),
        applyAgencyConfirmations(options),
        applySecrecyReview(options),
        requirePublishable(options),
      ],
      afterOperation: [...(hooks.afterOperation ?? []), hideUnreadableRefs(options)],
      afterChange: [resolvePublicationChange, ...(hooks.afterChange ?? []), auditWorkflow(options)],
      afterDelete: [...(hooks.afterDelete ?? []), auditDeletion(options)],
    },
  }
}

/**
 * Adds the disclosure attribute (DESIGN §4.1), the secrecy review and its publish gate (§4.2), public
 * visibility (§4.5) and the audit trail to the collections it is given — ours or the host app's.
 */
export const disclosurePlugin =
  (pluginOptions: DisclosurePluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions, config)
    if (!options.enabled) return config
    const targets = new Set<string>(options.collections)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        targets.has(collection.slug) ? withDisclosureWorkflow(collection, options) : collection,
      ),
    }
  }
