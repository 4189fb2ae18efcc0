import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../access/roles.js'
import { invalidField } from '../../core/errors.js'
import { groupOf, mergedDoc } from '../../core/mergedDoc.js'

const RULE = 'DESIGN §4.1 公開屬性源頭認定'

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
    throw invalidField(
      slug,
      'disclosure.attribute',
      `公開屬性必填，草稿亦然 / a disclosure attribute is required on every save, drafts included [${RULE}]`,
    )
  }
  if (attribute !== 'proactive' && !reason) {
    throw invalidField(
      slug,
      'disclosure.reason',
      `${attribute} 須說明理由 / a record that is not proactive needs a stated reason [${RULE}]`,
    )
  }
  if (attribute === 'not_disclosed' && grounds.length === 0) {
    throw invalidField(
      slug,
      'disclosure.grounds',
      `不予公開須有法定依據 / not_disclosed needs at least one statutory ground (Arts. 14–16) [${RULE}]`,
    )
  }
  if (attribute === 'proactive' && grounds.length > 0) {
    throw invalidField(
      slug,
      'disclosure.grounds',
      `主動公開的信息不能有不予公開依據 / a proactive record cannot carry withholding grounds [${RULE}]`,
    )
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
