import type { CollectionBeforeChangeHook } from 'payload'

import { departmentIdsOf, hasRole, idOf, sameId, worksFor } from '../../access/roles.js'
import { invalidField, refused } from '../../core/errors.js'
import { groupOf } from '../../core/mergedDoc.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

export type Confirmation = {
  id?: string
  department?: number | string | { id: number | string }
  status?: string
  confirmedBy?: unknown
  confirmedAt?: unknown
  note?: string | null
}

const RULE = 'DESIGN §4.2 / Art. 11 機關確認'
const PATH = 'secrecyReview.agencyConfirmations'

export const confirmationsOf = (doc: Record<string, unknown> | undefined): Confirmation[] =>
  (groupOf(doc, 'secrecyReview').agencyConfirmations as Confirmation[] | undefined) ?? []

/** The departments asked to confirm, as a canonical list: part of what the reviewer passes. */
export const askedAgencies = (rows: Confirmation[]): string[] =>
  [...new Set(rows.map((row) => String(idOf(row.department) ?? '')))].filter(Boolean).sort()

/**
 * Staff of the agency itself, and not also of the owning department (who would confirm their own request);
 * city-wide roles do not answer for an agency that was asked.
 */
const answersFor = (user: unknown, department: unknown, owner: unknown): boolean => {
  const own = departmentIdsOf(user as never)
  return own.some((id) => sameId(id, department)) && !own.some((id) => sameId(id, owner)) && worksFor(user as never, department)
}

/**
 * The Art. 11 requests (DESIGN §4.2), row by row against the stored rows: the owning department's staff
 * ask an agency (a new row starts `pending`); a row's department never changes; only staff of the agency
 * asked set its status and note (who and when are recorded here); only a reviewer of the department or
 * the disclosure office withdraws a request. Which agencies were asked is part of what the reviewer
 * passed, so `applySecrecyReview`, which runs next, sends the review back when the set changes.
 */
export const applyAgencyConfirmations = (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  named('applyAgencyConfirmations', ({ collection, data, operation, originalDoc, req }) => {
    const sentGroup = groupOf(data, 'secrecyReview')
    // A new record (a duplicate's `originalDoc` is its source) has no stored rows: every row is a new request.
    const beforeRows = operation === 'create' ? [] : confirmationsOf(originalDoc)
    const sent = Array.isArray(sentGroup.agencyConfirmations)
      ? (sentGroup.agencyConfirmations as Confirmation[])
      : operation === 'create'
        ? confirmationsOf(originalDoc)
        : null
    if (!sent) return data
    const slug = collection.slug
    const user = req.user
    const owner = data[options.departmentField] ?? originalDoc?.[options.departmentField]
    const kept = new Set<string>()
    const now = new Date().toISOString()

    const rows = sent.map((row, index): Confirmation => {
      const before = row.id ? beforeRows.find((candidate) => candidate.id === row.id) : undefined
      if (!before) {
        if (user && !worksFor(user, owner)) {
          throw refused(
            `只有本機關工作人員可以徵求其他機關意見 / only staff of the owning department may ask an agency to confirm (${PATH}) [${RULE}]`,
          )
        }
        if (sameId(row.department, owner)) {
          throw invalidField(
            slug,
            `${PATH}.${index}.department`,
            `不能向本機關徵求確認 / a record's own department cannot be the agency asked [${RULE}]`,
          )
        }
        // The row's id is the database's: a client's could be another record's row.
        return { department: row.department, status: 'pending', confirmedBy: null, confirmedAt: null, note: row.note ?? null }
      }
      kept.add(String(before.id))
      if (row.department !== undefined && !sameId(row.department, before.department)) {
        throw invalidField(
          slug,
          `${PATH}.${index}.department`,
          `已徵求的機關不能更換；請撤回後另行徵求 / the agency of a request never changes: withdraw it and ask the other agency in a new row [${RULE}]`,
        )
      }
      const status = row.status ?? before.status ?? 'pending'
      const note = row.note === undefined ? (before.note ?? null) : row.note
      if (status === (before.status ?? 'pending') && (note ?? '') === (before.note ?? '')) return { ...before }
      if (!answersFor(user, before.department, owner)) {
        throw refused(
          `只有被徵求意見的機關可以確認或提出異議 / only staff of the agency asked may set its confirmation (${PATH}.${index}.status) [${RULE}]`,
        )
      }
      const answered = status !== 'pending'
      return { ...before, status, note, confirmedBy: answered ? (idOf(user) ?? null) : null, confirmedAt: answered ? now : null }
    })

    const withdrawn = beforeRows.filter((row) => !kept.has(String(row.id)))
    const mayWithdraw = hasRole(user, 'office') || (hasRole(user, 'reviewer') && worksFor(user, owner))
    if (withdrawn.length > 0 && !mayWithdraw) {
      throw refused(
        `只有本機關保密審查員或公開辦可以撤回機關確認請求 / only a reviewer of the department or the disclosure office may withdraw a request to an agency (${PATH}) [${RULE}]`,
      )
    }
    const departments = rows.map((row) => String(idOf(row.department)))
    const repeated = departments.findIndex((id, index) => departments.indexOf(id) !== index)
    if (repeated >= 0) {
      throw invalidField(slug, `${PATH}.${repeated}.department`, `同一機關只能徵求一次 / each agency is asked once [${RULE}]`)
    }
    data.secrecyReview = { ...sentGroup, agencyConfirmations: rows }
    return data
  })
