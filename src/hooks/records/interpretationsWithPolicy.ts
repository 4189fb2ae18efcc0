import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { worksFor } from '../../access/roles.js'
import { invalidField } from '../../core/errors.js'
import { mergedDoc } from '../../core/mergedDoc.js'
import { publicationOf } from '../../core/publication.js'

const INTERPRETATIONS = 'interpretations' as CollectionSlug
const DISCLOSURES = 'disclosures' as CollectionSlug

type Interpretation = {
  id: number | string
  _status?: string
  department?: unknown
  secrecyReview?: { status?: string } | null
  policies?: unknown[]
}

/** Every interpretation that points at the record: its latest version (`draft`) or its stored, public state. */
const linkedInterpretations = async (req: PayloadRequest, id: unknown, draft: boolean): Promise<Interpretation[]> => {
  const { docs } = await req.payload.find({
    collection: INTERPRETATIONS,
    where: { policies: { in: [id] } },
    draft,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Interpretation[]
}

/** A record that requires an interpretation is published only once one has passed review. */
export const requireInterpretation: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = mergedDoc(originalDoc, data)
  if (merged._status !== 'published' || !merged.requiresInterpretation) return data
  const passed =
    originalDoc?.id === undefined
      ? []
      : (await linkedInterpretations(req, originalDoc.id, true)).filter(
          (doc) => doc.secrecyReview?.status === 'passed' && (!req.user || worksFor(req.user, doc.department)),
        )
  if (passed.length === 0) {
    throw invalidField(req, collection.slug, 'requiresInterpretation', 'interpretation.required')
  }
  return data
}

/**
 * Publishing the record publishes its reviewed interpretations in the same transaction (their own
 * publish gate runs, and a refusal there rolls the record back too); unpublishing it withdraws the
 * interpretations that have no other public policy left (DESIGN §4.3).
 */
export const publishInterpretationsWithPolicy: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const change = publicationOf(req, collection.slug, doc.id)
  if (change !== 'published' && change !== 'unpublished') return doc
  for (const interpretation of await linkedInterpretations(req, doc.id, change === 'published')) {
    // Published along only by staff who could publish it themselves: another department's interpretation
    // of this policy waits for its own department (and cannot hold this publication back).
    const mayPublish = !req.user || worksFor(req.user, interpretation.department)
    if (
      change === 'published' &&
      mayPublish &&
      interpretation._status !== 'published' &&
      interpretation.secrecyReview?.status === 'passed'
    ) {
      await req.payload.update({
        collection: INTERPRETATIONS,
        id: interpretation.id,
        data: { _status: 'published' },
        overrideAccess: true,
        req,
      })
    }
    if (change === 'unpublished' && interpretation._status === 'published') {
      const others = (interpretation.policies ?? []).filter((policy) => String(policy) !== String(doc.id))
      const { totalDocs } = others.length
        ? await req.payload.count({
            collection: DISCLOSURES,
            where: { and: [{ id: { in: others } }, { _status: { equals: 'published' } }] },
            overrideAccess: true,
            req,
          })
        : { totalDocs: 0 }
      if (totalDocs === 0) {
        await req.payload.update({
          collection: INTERPRETATIONS,
          id: interpretation.id,
          data: { _status: 'draft' },
          overrideAccess: true,
          req,
        })
      }
    }
  }
  return doc
}
