import { contentHash } from '../../lib/contentHash.js'
import { groupOf } from '../../core/mergedDoc.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { askedAgencies, confirmationsOf } from './applyAgencyConfirmations.js'

/** The hash of a record's content: everything but workflow fields, with the attribute decision but not who made it. */
export const hashContent = (doc: Record<string, unknown>, options: ResolvedDisclosureOptions): string => {
  const { attribute, grounds, reason } = groupOf(doc, 'disclosure')
  return contentHash({ ...doc, disclosure: { attribute, grounds, reason } }, options.workflowFields)
}

/**
 * What a passed review binds to (`secrecyReview.contentHash`): the content, and which agencies were asked
 * to confirm it (Art. 11) — withdrawing a request or asking another agency needs the review again.
 */
export const reviewedHash = (doc: Record<string, unknown>, options: ResolvedDisclosureOptions): string =>
  contentHash({ content: hashContent(doc, options), askedAgencies: askedAgencies(confirmationsOf(doc)) }, new Set())
