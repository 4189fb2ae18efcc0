import type { RequiredDataFromCollectionSlug } from 'payload'

import { chinaInstant } from '../lib/chinaDate.js'
import type { Department } from '../payload-types.js'
import { DEMO_DEPARTMENT } from './accounts.js'
import { richText } from './richText.js'
import { type DemoStructure, departmentOf } from './seedStructure.js'
import type { DemoInterpretation, DemoRecord } from './types.js'

export { chinaInstant }

export const demoDepartment = (structure: DemoStructure): Department => departmentOf(structure.departments, DEMO_DEPARTMENT)

const catalogueIds = (structure: DemoStructure, codes: string[]) =>
  codes.map((code) => {
    const entry = structure.catalogue.get(code)
    if (!entry) throw new Error(`seed: no catalogue entry with the code "${code}"`)
    return entry.id
  })

/** The record as its editor enters it: department, catalogue entries and rich text resolved. */
export const recordData = (record: DemoRecord, structure: DemoStructure): RequiredDataFromCollectionSlug<'disclosures'> => ({
  title: record.title,
  documentNumber: record.documentNumber,
  department: demoDepartment(structure).id,
  writtenAt: chinaInstant(record.writtenOn),
  topic: record.topic,
  genre: record.genre,
  documentKind: record.documentKind,
  keywords: record.keywords,
  summary: record.summary,
  catalogue: catalogueIds(structure, record.catalogue),
  validity: { status: 'valid', effectiveFrom: record.effectiveFrom ? chinaInstant(record.effectiveFrom, '00:00') : null },
  body: richText(...record.body),
  requiresInterpretation: record.requiresInterpretation ?? false,
  disclosure: record.disclosure,
})

export const interpretationData = (
  interpretation: DemoInterpretation,
  policyId: number,
  structure: DemoStructure,
): RequiredDataFromCollectionSlug<'interpretations'> => ({
  title: interpretation.title,
  policies: [policyId],
  form: interpretation.form,
  interpreter: interpretation.interpreter,
  department: demoDepartment(structure).id,
  body: richText(...interpretation.body),
  disclosure: { attribute: 'proactive' },
})

/** The publication date an imported record carried on the old site, if it had one. */
export const publishedAtOf = (record: DemoRecord): { publishedAt?: string } =>
  record.publishedOn ? { publishedAt: chinaInstant(record.publishedOn, '09:30') } : {}
