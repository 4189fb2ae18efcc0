import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, sameId, worksFor } from '../../access/roles.js'
import { invalidField, refused } from '../../core/errors.js'
import { groupOf } from '../../core/mergedDoc.js'
import { answersFor, type Confirmation, confirmationsOf } from '../../core/reviewRules.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

const PATH = 'secrecyReview.agencyConfirmations'

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
          throw refused(req, 'agency.askNotOwnDepartment', { field: PATH })
        }
        if (sameId(row.department, owner)) {
          throw invalidField(req, slug, `${PATH}.${index}.department`, 'agency.askOwnDepartment')
        }
        // The row's id is the database's: a client's could be another record's row.
        return { department: row.department, status: 'pending', confirmedBy: null, confirmedAt: null, note: row.note ?? null }
      }
      kept.add(String(before.id))
      if (row.department !== undefined && !sameId(row.department, before.department)) {
        throw invalidField(req, slug, `${PATH}.${index}.department`, 'agency.departmentFixed')
      }
      const status = row.status ?? before.status ?? 'pending'
      const note = row.note === undefined ? (before.note ?? null) : row.note
      if (status === (before.status ?? 'pending') && (note ?? '') === (before.note ?? '')) return { ...before }
      if (!answersFor(user, before.department, owner)) {
        throw refused(req, 'agency.notAsked', { field: `${PATH}.${index}.status` })
      }
      const answered = status !== 'pending'
      return { ...before, status, note, confirmedBy: answered ? (idOf(user) ?? null) : null, confirmedAt: answered ? now : null }
    })

    const withdrawn = beforeRows.filter((row) => !kept.has(String(row.id)))
    const mayWithdraw = hasRole(user, 'office') || (hasRole(user, 'reviewer') && worksFor(user, owner))
    if (withdrawn.length > 0 && !mayWithdraw) {
      throw refused(req, 'agency.withdrawNotAllowed', { field: PATH })
    }
    const departments = rows.map((row) => String(idOf(row.department)))
    const repeated = departments.findIndex((id, index) => departments.indexOf(id) !== index)
    if (repeated >= 0) {
      throw invalidField(req, slug, `${PATH}.${repeated}.department`, 'agency.askedTwice')
    }
    data.secrecyReview = { ...sentGroup, agencyConfirmations: rows }
    return data
  })
