import type { CollectionSlug, Config } from 'payload'

import { AUDIT_LOG_SLUG } from '../../core/audit.js'
import { PLUGIN_ORDER } from '../../core/publication.js'
import { recordSlugsOf } from '../../core/records.js'
import type { DisclosurePluginOptions, ResolvedDisclosureOptions } from './types.js'

export const DEFAULT_WORKFLOW_FIELDS = [
  'validity',
  'publishBy',
  'publishByProvisional',
  'publishedLate',
  'indexNumber',
  'mediaRefs',
  'interpretations',
]

/** Fields the plugin itself adds or Payload manages: never content. */
const ALWAYS_WORKFLOW = ['id', '_status', 'createdAt', 'updatedAt', 'deletedAt', 'publishedAt', 'createdBy', 'updatedBy', 'secrecyReview']

export const resolveOptions = (options: DisclosurePluginOptions, config: Config): ResolvedDisclosureOptions => {
  const resolved: ResolvedDisclosureOptions = {
    collections: options.collections ?? recordSlugsOf(config),
    departmentField: options.departmentField ?? 'department',
    departmentsCollection: options.departmentsCollection ?? ('departments' as CollectionSlug),
    auditLogCollection: AUDIT_LOG_SLUG,
    usersCollection: (config.admin?.user ?? 'users') as CollectionSlug,
    workflowFields: new Set([...ALWAYS_WORKFLOW, ...(options.workflowFields ?? DEFAULT_WORKFLOW_FIELDS)]),
    enabled: options.enabled ?? true,
  }
  if (!resolved.enabled) return resolved

  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const slug of [resolved.departmentsCollection, resolved.auditLogCollection, resolved.usersCollection]) {
    if (!slugs.has(slug)) {
      throw new Error(
        `disclosurePlugin: the collection "${slug}" is missing. Use gongkaiPlugin(), or install the plugins in this order: ${PLUGIN_ORDER} (gongkaiSuitePlugin() is organisation + records).`,
      )
    }
  }
  if (resolved.collections.length === 0) {
    throw new Error(
      `disclosurePlugin: no record collections are registered. Use gongkaiPlugin(), or install the plugins in this order: ${PLUGIN_ORDER}.`,
    )
  }
  for (const slug of resolved.collections) {
    const collection = config.collections?.find((candidate) => candidate.slug === slug)
    if (!collection) {
      throw new Error(`disclosurePlugin: collections lists "${slug}", which is not in the config.`)
    }
    const drafts = typeof collection.versions === 'object' && collection.versions.drafts
    if (!drafts) {
      throw new Error(`disclosurePlugin: "${slug}" needs versions: { drafts: true }; publishing is what the secrecy review gates.`)
    }
  }
  return resolved
}
