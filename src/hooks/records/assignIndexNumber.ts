import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../access/roles.js'
import { chinaYear } from '../../lib/chinaDate.js'
import type { IndexNumberFormat } from '../../lib/indexNumber.js'
import { invalidField } from '../../core/errors.js'
import { named } from '../../core/named.js'

const COUNTERS = 'index-counters' as CollectionSlug

/**
 * The next serial of a department and year, in the caller's transaction. Touching the department row
 * first takes a row lock (PostgreSQL; SQLite has one writer at a time), so concurrent creates for a
 * department queue there and each then reads the committed counter. The counter row is made under
 * the same lock, so two first creates cannot both insert it. A refused create rolls its serial back
 * with it: no duplicates, no gaps.
 */
const nextSerial = async (
  req: PayloadRequest,
  departments: CollectionSlug,
  departmentId: number | string,
  scope: string,
): Promise<number> => {
  await req.payload.db.updateOne({ collection: departments, id: departmentId, data: { serialLockedAt: new Date().toISOString() }, req })
  const counter = await req.payload.db.findOne<{ id: number | string; lastSerial: number }>({
    collection: COUNTERS,
    where: { scope: { equals: scope } },
    req,
  })
  const serial = (counter?.lastSerial ?? 0) + 1
  if (counter) await req.payload.db.updateOne({ collection: COUNTERS, id: counter.id, data: { lastSerial: serial }, req })
  else await req.payload.db.create({ collection: COUNTERS, data: { scope, lastSerial: serial }, req })
  return serial
}

/** 索引號 (DESIGN §4.6): assigned once on create, from the department's code and the year written; never changed. */
export const assignIndexNumber = (
  format: IndexNumberFormat,
  departmentsCollection: CollectionSlug = 'departments' as CollectionSlug,
): CollectionBeforeChangeHook =>
  named('assignIndexNumber', async ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'update') {
      if (data.indexNumber !== undefined && data.indexNumber !== originalDoc?.indexNumber) {
        throw invalidField(req, collection.slug, 'indexNumber', 'indexNumber.fixed')
      }
      return data
    }
    const departmentId = idOf(data.department)
    if (departmentId === undefined) {
      throw invalidField(req, collection.slug, 'department', 'indexNumber.needsDepartment')
    }
    const department = await req.payload.findByID({
      collection: departmentsCollection,
      id: departmentId,
      depth: 0,
      req,
      disableErrors: true,
    })
    const code = (department as { code?: string } | null)?.code
    if (!code) {
      throw invalidField(req, collection.slug, 'department', 'indexNumber.unknownDepartment')
    }
    const year = chinaYear(data.writtenAt ?? new Date())
    const serial = await nextSerial(req, departmentsCollection, departmentId, `${code}/${year}`)
    data.indexNumber = format({ departmentCode: code, year, serial })
    return data
  })
