import type { CollectionSlug } from 'payload'

/** What the disclosure hooks are configured with: `disclosurePlugin`'s options, every default resolved. */
export type ResolvedDisclosureOptions = {
  collections: CollectionSlug[]
  departmentField: string
  departmentsCollection: CollectionSlug
  /** Where decisions are recorded: the organisation capability's audit log (no longer an option). */
  auditLogCollection: CollectionSlug
  usersCollection: CollectionSlug
  /** Every top-level key left out of the content hash. */
  workflowFields: ReadonlySet<string>
  enabled: boolean
}
