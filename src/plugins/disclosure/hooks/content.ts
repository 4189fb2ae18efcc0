import { contentHash } from '../../../lib/contentHash.js'
import { groupOf } from '../../../hooks/mergedDoc.js'
import type { ResolvedDisclosureOptions } from '../types.js'

/** The hash the secrecy review binds to: content only, with the attribute decision but not who made it. */
export const hashContent = (doc: Record<string, unknown>, options: ResolvedDisclosureOptions): string => {
  const { attribute, grounds, reason } = groupOf(doc, 'disclosure')
  return contentHash({ ...doc, disclosure: { attribute, grounds, reason } }, options.workflowFields)
}
