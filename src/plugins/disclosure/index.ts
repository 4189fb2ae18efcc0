import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { andAccess } from '../../access/compose.js'
import { withDashboardLines } from '../../core/dashboard.js'
import { afterStoredRowRead, withPublicationLifecycle } from '../../core/publication.js'
import {
  deleteNeverPublished,
  createRecords,
  readRecordVersions,
  readRecords,
  updateRecords,
} from '../../access/disclosure/recordAccess.js'
import { recordLines } from './dashboard/lines.js'
import { resolveOptions } from './defaults.js'
import { createDisclosureField } from '../../fields/disclosure/disclosureField.js'
import { createSecrecyReviewField } from '../../fields/disclosure/secrecyReviewField.js'
import { createDepartmentField, createWorkflowFields } from '../../fields/disclosure/workflowFields.js'
import { withOwnDepartmentChoice } from '../../fields/organisation/ownDepartmentChoice.js'
import { applyAgencyConfirmations } from '../../hooks/disclosure/applyAgencyConfirmations.js'
import { applySecrecyReview } from '../../hooks/disclosure/applySecrecyReview.js'
import { auditDeletion, auditWorkflow } from '../../hooks/disclosure/auditWorkflow.js'
import { confineInternalQueries } from '../../hooks/disclosure/confineInternalQueries.js'
import { enforceDisclosureAttribute } from '../../hooks/disclosure/enforceDisclosureAttribute.js'
import { hideDraftsFromPublic } from '../../hooks/disclosure/hideDraftsFromPublic.js'
import { guardRecordRefQueries } from '../../hooks/disclosure/guardRecordRefQueries.js'
import { hideUnreadableRefs } from '../../hooks/disclosure/hideUnreadableRefs.js'
import { ignoreClientAuthorship } from '../../hooks/disclosure/ignoreClientAuthorship.js'
import { protectPublishedAt } from '../../hooks/disclosure/protectPublishedAt.js'
import { requireLatestVersion } from '../../hooks/disclosure/requireLatestVersion.js'
import { requirePublishable } from '../../hooks/disclosure/requirePublishable.js'
import { refuseUnsafeLinks } from '../../hooks/disclosure/refuseUnsafeLinks.js'
import { restrictAskedAgencies } from '../../hooks/disclosure/restrictAskedAgencies.js'
import type { DisclosurePluginOptions, ResolvedDisclosureOptions } from './types.js'
import { workflowEndpoints } from './endpoints/workflow.js'
import { WORKFLOW_TEXTS } from './workflowTexts.js'

export type { DisclosurePluginOptions } from './types.js'

const hasField = (collection: CollectionConfig, name: string) => collection.fields.some((field) => 'name' in field && field.name === name)

const HIDDEN = 'gongkai/client#HiddenPublishButton'

/** The workflow's buttons before the document controls; its publish action replaces Payload's publish and unpublish buttons. */
const withWorkflowButtons = (admin: CollectionConfig['admin']): CollectionConfig['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    edit: {
      ...admin?.components?.edit,
      beforeDocumentControls: [
        ...(admin?.components?.edit?.beforeDocumentControls ?? []),
        { path: 'gongkai/client#WorkflowActions', clientProps: { texts: WORKFLOW_TEXTS } },
      ],
      PublishButton: HIDDEN,
      UnpublishButton: HIDDEN,
    },
  },
})

const withDisclosureWorkflow = (target: CollectionConfig, options: ResolvedDisclosureOptions): CollectionConfig => {
  const { departmentField, departmentsCollection, usersCollection } = options
  // A host's collection given in `collections` but not registered as a record still gets the lifecycle the review and audit read.
  const collection = withPublicationLifecycle(target)
  const access = collection.access ?? {}
  const hooks = collection.hooks ?? {}
  const fields = collection.fields.map((field) =>
    field.type === 'relationship' && field.name === departmentField ? withOwnDepartmentChoice(field) : field,
  )
  const department = hasField(collection, departmentField)
    ? []
    : [withOwnDepartmentChoice(createDepartmentField(departmentField, departmentsCollection))]
  const workflow = createWorkflowFields(departmentField, usersCollection).filter(
    (field) => !('name' in field) || !hasField(collection, field.name),
  )
  return {
    ...collection,
    // The attribute first: it is decided at the source, before anything else is written (DESIGN §4.1).
    fields: [
      createDisclosureField(departmentField, usersCollection),
      ...fields,
      ...department,
      createSecrecyReviewField(collection.slug, departmentField, usersCollection, departmentsCollection),
      ...workflow,
    ],
    // The review is an action, not a form save: a lock would make the reviewer take over the editor's
    // record just to review it. Stale writes are refused by requireLatestVersion instead.
    lockDocuments: false,
    admin: withWorkflowButtons(collection.admin),
    endpoints:
      collection.endpoints === false
        ? false
        : [...(collection.endpoints ?? []), ...workflowEndpoints(collection.slug as CollectionSlug, options)],
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
      beforeOperation: [
        ...(hooks.beforeOperation ?? []),
        hideDraftsFromPublic,
        guardRecordRefQueries(options),
        confineInternalQueries(options),
      ],
      // The client's input is checked first, right after the one read of the stored row; the review is
      // applied and the publish gate checked last, over what the collection's own hooks made of the data.
      beforeChange: [
        ...afterStoredRowRead(hooks.beforeChange, [
          requireLatestVersion,
          ignoreClientAuthorship,
          restrictAskedAgencies(options),
          protectPublishedAt,
          enforceDisclosureAttribute,
          refuseUnsafeLinks,
        ]),
        applyAgencyConfirmations(options),
        applySecrecyReview(options),
        requirePublishable(options),
      ],
      afterOperation: [...(hooks.afterOperation ?? []), hideUnreadableRefs(options)],
      afterChange: [...(hooks.afterChange ?? []), auditWorkflow(options)],
      afterDelete: [...(hooks.afterDelete ?? []), auditDeletion(options)],
    },
  }
}

/**
 * Adds the disclosure attribute (DESIGN §4.1), the secrecy review and its publish gate (§4.2), public
 * visibility (§4.5) and the audit trail to the collections it is given — ours or the host app's — and
 * their lines on the role dashboards.
 */
export const disclosurePlugin =
  (pluginOptions: DisclosurePluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions, config)
    if (!options.enabled) return config
    const targets = new Set<string>(options.collections)
    const collections = (config.collections ?? []).map((collection) =>
      targets.has(collection.slug) ? withDisclosureWorkflow(collection, options) : collection,
    )
    const lines = collections.filter((collection) => targets.has(collection.slug)).flatMap((collection) => recordLines(collection, options))
    return withDashboardLines({ ...config, collections }, lines)
  }
