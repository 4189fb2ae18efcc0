import type { PayloadRequest } from 'payload'

import { departmentIdsOf, sameId, worksFor } from '../access/roles.js'
import { groupOf } from './mergedDoc.js'
import {
  answersFor,
  awaitsSubmission,
  confirmationsOf,
  type HashOptions,
  isInvolved,
  isReviewerFor,
  maySubmitForReview,
  publishProblem,
} from './reviewRules.js'

type Doc = Record<string, unknown>

/** The steps of the record workflow (DESIGN §4.2), each an action endpoint and a button. */
export const WORKFLOW_ACTIONS = ['submit', 'pass', 'reject', 'confirm', 'dispute', 'publish', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export type WorkflowOptions = HashOptions & {
  departmentField: string
  /** Whether the record's main row is published (`doc` is its newest version); default: `doc._status`. */
  published?: boolean
}

const SUBMIT = 'gongkai:submitForReview'

/** The request context of the one update that sends a record for review (Local API `context`, e.g. the demo seed). */
export const submittingContext = (slug: string, id: unknown): Record<string, string> => ({ [SUBMIT]: `${slug}:${String(id)}` })

/** Marks the one update of the submit action (`applySecrecyReview` judges whether this user may submit this record). */
export const markSubmitting = (req: PayloadRequest, slug: string, id: unknown): void => {
  Object.assign(req.context, submittingContext(slug, id))
}

export const isSubmitting = (req: PayloadRequest, slug: string, id: unknown): boolean =>
  id !== undefined && req.context[SUBMIT] === `${slug}:${String(id)}`

/** The asked agency's row a member of staff answers: the one named, else the first pending row of one of their departments. */
export const confirmationRowFor = (doc: Doc, user: unknown, department?: unknown) => {
  const rows = confirmationsOf(doc)
  if (department !== undefined && department !== null && department !== '') return rows.find((row) => sameId(row.department, department))
  const own = departmentIdsOf(user as never)
  return rows.find((row) => row.status === 'pending' && own.some((id) => sameId(id, row.department)))
}

/**
 * The actions `user` may take on a record now (its newest version, depth 0 or populated), from the same
 * predicates the hooks judge with. A reviewer may review a pending record before it is sent (the hooks
 * allow it on every path); the queue shows what was sent. The interpretation rule (§4.3) needs the
 * linked interpretations, so publish may still be refused by the endpoint for it.
 */
export const allowedWorkflowActions = (doc: Doc, user: unknown, options: WorkflowOptions): WorkflowAction[] => {
  if (!user) return []
  const department = doc[options.departmentField]
  const review = groupOf(doc, 'secrecyReview')
  const status = (review.status as string | undefined) ?? 'pending'
  const published = options.published ?? doc._status === 'published'
  const actions: WorkflowAction[] = []
  if (maySubmitForReview(user, doc, options.departmentField) && awaitsSubmission(doc)) actions.push('submit')
  if (status === 'pending' && isReviewerFor(user, department) && !isInvolved({ ...doc, editors: review.editors }, user)) {
    actions.push('pass', 'reject')
  }
  const row = confirmationRowFor(doc, user)
  if (row?.status === 'pending' && answersFor(user, row.department, department)) actions.push('confirm', 'dispute')
  if (doc._status !== 'published' && publishProblem(user, doc, options) === null) actions.push('publish')
  if (published && worksFor(user as never, department)) actions.push('unpublish')
  return actions
}
