import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { refused } from '../../../core/errors.js'
import { allowedWorkflowActions, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../core/workflow.js'
import type { ResolvedDisclosureOptions } from '../types.js'
import { actionStep } from './workflowAction.js'

type Doc = Record<string, unknown>

const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/** The record as the user can read it: its newest version, and the status of its main row. */
const readRecord = async (req: PayloadRequest, slug: CollectionSlug) => {
  const as = { collection: slug, id: idParam(req), depth: 0, overrideAccess: false, user: req.user, req } as const
  const doc = (await req.payload.findByID({ ...as, draft: true })) as unknown as Doc
  const main = doc._status === 'published' ? doc : ((await req.payload.findByID({ ...as, draft: false })) as unknown as Doc)
  return { doc, mainStatus: main._status }
}

/**
 * What the reviewer compares: the newest version (`to`) with the newest whose review had passed, else the
 * first (`from`), as Payload's comparison view takes them (`/versions/<to>?versionFrom=<from>`). Read
 * without access (the review group's field access cannot be queried on versions) but only for a record
 * the user has just read, and only its id leaves: the comparison view checks the user's access itself.
 */
const comparedVersion = async (req: PayloadRequest, slug: CollectionSlug, id: string) => {
  const find = (where: Where, sort: string) =>
    req.payload.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: id } }, where] },
      sort,
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
  const [passed, newest] = await Promise.all([
    find({ 'version.secrecyReview.status': { equals: 'passed' } }, '-updatedAt'),
    find({}, '-updatedAt'),
  ])
  const from = passed.docs[0] ?? (await find({}, 'createdAt')).docs[0]
  const to = newest.docs[0]
  return from && to ? { from: from.id, to: to.id, passed: passed.docs.length > 0 } : null
}

/**
 * `GET /api/<slug>/:id/workflow` answers the actions the user may take now and, to a reviewer, the versions to compare;
 * `POST /api/<slug>/:id/workflow/<action>` takes one, as one update with the user's own access.
 */
export const workflowEndpoints = (slug: CollectionSlug, options: ResolvedDisclosureOptions): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const { doc, mainStatus } = await readRecord(req, slug)
      const actions = allowedWorkflowActions(doc, req.user, { ...options, published: mainStatus === 'published' })
      // Only the reviewer compares: to anyone else the newest version's id would tell of an unpublished draft.
      const reviewing = actions.includes('pass')
      return Response.json({ actions, comparedVersion: reviewing ? await comparedVersion(req, slug, idParam(req)) : null })
    },
  },
  {
    path: '/:id/workflow/:action',
    method: 'post',
    handler: async (req) => {
      const action = String(req.routeParams?.action ?? '') as WorkflowAction
      if (!WORKFLOW_ACTIONS.includes(action)) throw refused(req, 'workflow.unknownAction', { status: 409, field: 'action' })
      await addDataAndFileToRequest(req)
      const { doc, mainStatus } = await readRecord(req, slug)
      const step = actionStep(req, slug, action, doc, mainStatus, (req.data ?? {}) as never)
      const updated = await req.payload.update({
        collection: slug,
        id: idParam(req),
        data: step.data,
        draft: step.draft,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ doc: updated })
    },
  },
]
