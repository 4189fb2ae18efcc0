import type { Payload } from 'payload'

import type { Interpretation } from '../payload-types.js'
import { AUDIT_AGENCY } from './accounts.js'
import { chinaInstant, interpretationData, publishedAtOf, recordData } from './recordData.js'
import { RECORDS_IN_PROGRESS, REVISED_MID_YEAR_SUMMARY, VEHICLE_COSTS_REJECTION } from './recordsInProgress.js'
import { AUDIT_CONFIRMATION_NOTE, BUDGET_RULES_2010_REPEALED_ON, INTERPRETATIONS, RECORDS_PUBLISHED } from './recordsPublished.js'
import { type DemoStructure, departmentOf } from './seedStructure.js'
import type { DemoRecord } from './types.js'
import { actAs } from './workflow.js'

const PASSED = '经审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私，同意主动公开。'

/**
 * 市财政局's records, moved through the workflow by its editor and reviewer (and the office where an
 * agency's confirmation is needed): each rule of DESIGN §4 applies to every step. The public records
 * stand for ones imported from the old site: after publishing, the disclosure office enters the day
 * they went public there, so that 2014 records do not read as published (and late) today.
 */
export const seedRecords = async (payload: Payload, structure: DemoStructure): Promise<void> => {
  const editor = actAs(payload, structure.staff.editor)
  const reviewer = actAs(payload, structure.staff.reviewer)
  const office = actAs(payload, structure.staff.office)
  const draft = (record: DemoRecord, extra = {}) => editor.draftRecord({ ...recordData(record, structure), ...extra })

  const enterOldSiteDate = (collection: 'disclosures' | 'interpretations', id: number, record: DemoRecord) =>
    office.publish(collection, id, publishedAtOf(record))

  /** Drafted, passed by the reviewer on the unchanged content, then published by the editor. */
  const publishThroughReview = async (record: DemoRecord) => {
    const created = await draft(record)
    await reviewer.review('disclosures', created.id, 'passed', PASSED)
    await editor.publish('disclosures', created.id)
    await enterOldSiteDate('disclosures', created.id, record)
    return created
  }

  // Not public: a draft, one revised and awaiting review, one sent back, two withheld at the source.
  await draft(RECORDS_IN_PROGRESS.budgetPreparation)
  const midYear = await draft(RECORDS_IN_PROGRESS.midYearReport)
  await editor.saveDraft(midYear.id, { summary: REVISED_MID_YEAR_SUMMARY })
  await editor.submit('disclosures', midYear.id)
  const vehicleCosts = await draft(RECORDS_IN_PROGRESS.vehicleCosts)
  await editor.submit('disclosures', vehicleCosts.id)
  await reviewer.review('disclosures', vehicleCosts.id, 'rejected', VEHICLE_COSTS_REJECTION)
  await draft(RECORDS_IN_PROGRESS.agriculturalFunds)
  await draft(RECORDS_IN_PROGRESS.budgetRequest)

  // Public.
  await publishThroughReview(RECORDS_PUBLISHED.budgetPublication)
  await publishThroughReview(RECORDS_PUBLISHED.procurementCatalogue)

  // Involves the audit office's findings: confirmed by its own staff (Art. 11).
  const auditAgency = departmentOf(structure.departments, AUDIT_AGENCY)
  const audit = await draft(RECORDS_PUBLISHED.auditRectification, {
    secrecyReview: { agencyConfirmations: [{ department: auditAgency.id }] },
  })
  const [row] = audit.secrecyReview?.agencyConfirmations ?? []
  await actAs(payload, structure.staff.agency).saveDraft(audit.id, {
    secrecyReview: {
      agencyConfirmations: [{ id: row?.id, department: auditAgency.id, status: 'confirmed', note: AUDIT_CONFIRMATION_NOTE }],
    },
  })
  await reviewer.review('disclosures', audit.id, 'passed', PASSED)
  await editor.publish('disclosures', audit.id)
  await enterOldSiteDate('disclosures', audit.id, RECORDS_PUBLISHED.auditRectification)

  // Repealed and replaced: the old rules stay public, marked, with a link to the new ones (§4.7).
  const oldRules = await publishThroughReview(RECORDS_PUBLISHED.budgetRules2010)
  const newRules = await publishThroughReview(RECORDS_PUBLISHED.budgetRules2014)
  await editor.publish('disclosures', oldRules.id, {
    validity: {
      status: 'repealed',
      effectiveFrom: chinaInstant(RECORDS_PUBLISHED.budgetRules2010.effectiveFrom, '00:00'),
      effectiveUntil: chinaInstant(BUDGET_RULES_2010_REPEALED_ON, '00:00'),
      replacedBy: newRules.id,
    },
  })

  // A policy and its interpretations: reviewed first, published with the policy (§4.3).
  const policyRecord = RECORDS_PUBLISHED.specialFunds
  const policy = await draft(policyRecord)
  const interpretations: Interpretation[] = []
  for (const interpretation of INTERPRETATIONS) {
    const created = await editor.draftInterpretation(interpretationData(interpretation, policy.id, structure))
    await reviewer.review('interpretations', created.id, 'passed', PASSED)
    interpretations.push(created)
  }
  await reviewer.review('disclosures', policy.id, 'passed', PASSED)
  await editor.publish('disclosures', policy.id)
  await enterOldSiteDate('disclosures', policy.id, policyRecord)
  for (const interpretation of interpretations) await enterOldSiteDate('interpretations', interpretation.id, policyRecord)
}
