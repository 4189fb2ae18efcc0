import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../access/roles.js'
import { invalidField } from '../../core/errors.js'
import { groupOf, mergedDoc } from '../../core/mergedDoc.js'

const sameDecision = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  a.attribute === b.attribute &&
  (a.reason ?? '') === (b.reason ?? '') &&
  JSON.stringify([...((a.grounds as string[]) ?? [])].sort()) === JSON.stringify([...((b.grounds as string[]) ?? [])].sort())

/**
 * Every save, drafts included, carries a disclosure attribute; withholding states a reason, and
 * `not_disclosed` a statutory ground; a proactive record has no ground. Records who decided and when.
 */
export const enforceDisclosureAttribute: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const slug = collection.slug
  const decision = groupOf(mergedDoc(originalDoc, data), 'disclosure')
  const attribute = decision.attribute
  const reason = typeof decision.reason === 'string' ? decision.reason.trim() : ''
  const grounds = Array.isArray(decision.grounds) ? decision.grounds : []

  if (!attribute) {
    throw invalidField(req, slug, 'disclosure.attribute', 'attribute.required')
  }
  if (attribute !== 'proactive' && !reason) {
    throw invalidField(req, slug, 'disclosure.reason', 'attribute.reasonRequired')
  }
  if (attribute === 'not_disclosed' && grounds.length === 0) {
    throw invalidField(req, slug, 'disclosure.grounds', 'attribute.groundsRequired')
  }
  if (attribute === 'proactive' && grounds.length > 0) {
    throw invalidField(req, slug, 'disclosure.grounds', 'attribute.groundsOnProactive')
  }

  const before = groupOf(originalDoc, 'disclosure')
  if (!originalDoc || !sameDecision(before, decision)) {
    data.disclosure = {
      ...decision,
      reason: attribute === 'proactive' ? null : decision.reason,
      decidedBy: idOf(req.user as { id: number | string } | null) ?? null,
      decidedAt: new Date().toISOString(),
    }
  } else if (data.disclosure) {
    data.disclosure = { ...decision, decidedBy: before.decidedBy ?? null, decidedAt: before.decidedAt ?? null }
  }
  return data
}
