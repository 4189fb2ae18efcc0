import type { CollectionSlug } from 'payload'

/** Options of `disclosurePlugin`. */
export type DisclosurePluginOptions = {
  /**
   * Collections that carry the disclosure attribute and the secrecy review. Each must have drafts
   * enabled (`versions.drafts`), since publishing is what the review gates.
   * @default every registered record collection (`recordSlugsOf(config)`: disclosures, interpretations and the host's own)
   */
  collections?: CollectionSlug[]
  /**
   * Field holding the department that owns a record; a relationship to `departmentsCollection` is
   * added under this name where a collection lacks it.
   * @default 'department'
   */
  departmentField?: string
  /** @default 'departments' */
  departmentsCollection?: CollectionSlug
  /**
   * Top-level fields that are workflow rather than content: changing them does not send the record
   * back to review. The plugin's own fields, timestamps and `_status` are always workflow.
   * @default ['validity', 'publishBy', 'publishByProvisional', 'publishedLate', 'indexNumber', 'mediaRefs', 'interpretations']
   */
  workflowFields?: string[]
  /** Set to `false` to keep the options without adding anything (for a config switch). @default true */
  enabled?: boolean
}

export type { ResolvedDisclosureOptions } from '../../hooks/disclosure/options.js'
