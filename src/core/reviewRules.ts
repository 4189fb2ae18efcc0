import { departmentIdsOf, hasRole, idOf, sameId, worksFor } from '../access/roles.js'
import { contentHash } from '../lib/contentHash.js'
import { groupOf } from './mergedDoc.js'

type Doc = Record<string, unknown>
type Id = number | string

/** The predicates of the secrecy review (DESIGN §4.2): the hooks judge with them, the workflow actions are offered by them. */

export type Confirmation = {
  id?: string
  department?: number | string | { id: number | string }
  status?: string
  confirmedBy?: unknown
  confirmedAt?: unknown
  note?: string | null
}

/** What the content hash leaves out: `disclosurePlugin`'s resolved workflow fields. */
export type HashOptions = { workflowFields: ReadonlySet<string> }

export const confirmationsOf = (doc: Doc | undefined): Confirmation[] =>
  (groupOf(doc, 'secrecyReview').agencyConfirmations as Confirmation[] | undefined) ?? []

/** The departments asked to confirm, as a canonical list: part of what the reviewer passes. */
export const askedAgencies = (rows: Confirmation[]): string[] =>
  [...new Set(rows.map((row) => String(idOf(row.department) ?? '')))].filter(Boolean).sort()

/** The hash of a record's content: everything but workflow fields, with the attribute decision but not who made it. */
export const hashContent = (doc: Doc, options: HashOptions): string => {
  const { attribute, grounds, reason } = groupOf(doc, 'disclosure')
  return contentHash({ ...doc, disclosure: { attribute, grounds, reason } }, options.workflowFields)
}

/**
 * What a passed review binds to (`secrecyReview.contentHash`): the content, and which agencies were asked
 * to confirm it (Art. 11) — withdrawing a request or asking another agency needs the review again.
 */
export const reviewedHash = (doc: Doc, options: HashOptions): string =>
  contentHash({ content: hashContent(doc, options), askedAgencies: askedAgencies(confirmationsOf(doc)) }, new Set())

/** A reviewer of the record's department, or a city-wide one. */
export const isReviewerFor = (user: unknown, department: unknown): boolean =>
  hasRole(user as never, 'reviewer') && worksFor(user as never, department)

/** Four eyes from stored history: the author, the last editor and whoever changed the content since it last passed. */
export const fourEyesSet = (history: { createdBy?: unknown; updatedBy?: unknown; editors?: unknown }): Id[] =>
  [history.createdBy, history.updatedBy, ...(Array.isArray(history.editors) ? history.editors : [])]
    .map(idOf)
    .filter((id): id is Id => id !== undefined)

export const isInvolved = (history: Parameters<typeof fourEyesSet>[0], user: unknown): boolean =>
  fourEyesSet(history).some((id) => sameId(id, idOf(user)))

/**
 * Staff of the agency itself, and not also of the owning department (who would confirm their own request);
 * city-wide roles do not answer for an agency that was asked.
 */
export const answersFor = (user: unknown, department: unknown, owner: unknown): boolean => {
  const own = departmentIdsOf(user as never)
  return own.some((id) => sameId(id, department)) && !own.some((id) => sameId(id, owner)) && worksFor(user as never, department)
}

/** Who sends a record for review: an editor of its department, once its attribute is decided. */
export const maySubmitForReview = (user: unknown, doc: Doc, departmentField: string): boolean =>
  hasRole(user as never, 'editor') && worksFor(user as never, doc[departmentField]) && Boolean(groupOf(doc, 'disclosure').attribute)

/** A review that can be sent: pending (or sent back) and not sent yet; a result or a content change clears the sending. */
export const awaitsSubmission = (doc: Doc): boolean => {
  const review = groupOf(doc, 'secrecyReview')
  return (review.status ?? 'pending') !== 'passed' && !review.submittedAt
}

export type PublishProblem = {
  rule: 'publish.notOwnDepartment' | 'publish.notProactive' | 'publish.notPassed' | 'publish.hashChanged' | 'publish.unconfirmed'
  path: string
}

/** The publish gate over the merged document: the first rule a publication would break, or null. */
export const publishProblem = (user: unknown, doc: Doc, options: HashOptions & { departmentField: string }): PublishProblem | null => {
  if (user && !worksFor(user as never, doc[options.departmentField])) return { rule: 'publish.notOwnDepartment', path: '_status' }
  if (groupOf(doc, 'disclosure').attribute !== 'proactive') return { rule: 'publish.notProactive', path: 'disclosure.attribute' }
  const review = groupOf(doc, 'secrecyReview')
  if (review.status !== 'passed') return { rule: 'publish.notPassed', path: 'secrecyReview.status' }
  if (review.contentHash !== reviewedHash(doc, options)) return { rule: 'publish.hashChanged', path: 'secrecyReview.contentHash' }
  if (confirmationsOf(doc).some((row) => row.status !== 'confirmed'))
    return { rule: 'publish.unconfirmed', path: 'secrecyReview.agencyConfirmations' }
  return null
}
