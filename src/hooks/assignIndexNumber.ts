import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { idOf } from '../access/roles.js'
import { chinaYear } from '../lib/chinaDate.js'
import type { IndexNumberFormat } from '../lib/indexNumber.js'
import { invalidField } from './errors.js'

const COUNTERS = 'index-counters' as CollectionSlug

/**
 * Makes sure the counter row exists. On PostgreSQL and MongoDB it is made outside the caller's
 * transaction, so two first creates of a scope cannot both insert it and fail; SQLite runs one
 * writer at a time (immediate transactions), so there it is made inside, where a write outside would wait on us.
 */
const ensureCounter = async (req: PayloadRequest, scope: string): Promise<void> => {
  const own = req.payload.db.name === 'sqlite' ? req : undefined
  const existing = await req.payload.db.findOne({ collection: COUNTERS, where: { scope: { equals: scope } }, req: own })
  if (existing) return
  try {
    await req.payload.db.create({ collection: COUNTERS, data: { scope, lastSerial: 0 }, req: own })
  } catch (err) {
    // Another create made the row first: that is the outcome we wanted.
    if (!(err instanceof ValidationError)) throw err
  }
}

/**
 * The next serial, in the caller's transaction: the first write locks the counter row (PostgreSQL
 * row lock; SQLite's single writer), so a concurrent create waits, then reads the committed value.
 * A rolled-back create rolls its serial back too: no duplicates and no gaps.
 */
const nextSerial = async (req: PayloadRequest, scope: string): Promise<number> => {
  await ensureCounter(req, scope)
  const lockedAt = new Date().toISOString()
  await req.payload.db.updateOne({ collection: COUNTERS, where: { scope: { equals: scope } }, data: { lockedAt }, req })
  const counter = await req.payload.db.findOne<{ id: number | string; lastSerial: number }>({
    collection: COUNTERS,
    where: { scope: { equals: scope } },
    req,
  })
  if (!counter) throw new Error(`index counter ${scope} vanished`)
  const serial = (counter.lastSerial ?? 0) + 1
  await req.payload.db.updateOne({ collection: COUNTERS, id: counter.id, data: { lastSerial: serial }, req })
  return serial
}

/** 索引號 (DESIGN §4.6): assigned once on create, from the department's code and the year written; never changed. */
export const assignIndexNumber =
  (format: IndexNumberFormat, departmentsCollection: CollectionSlug = 'departments' as CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'update') {
      if (data.indexNumber !== undefined && data.indexNumber !== originalDoc?.indexNumber) {
        throw invalidField(collection.slug, 'indexNumber', '索引號由系統分配，不能更改 / the index number is assigned by the system and never changes [DESIGN §4.6]')
      }
      return data
    }
    const departmentId = idOf(data.department)
    if (departmentId === undefined) {
      throw invalidField(collection.slug, 'department', '須選擇發布機構才能分配索引號 / a department is needed to assign the index number [DESIGN §4.6]')
    }
    const department = await req.payload.findByID({ collection: departmentsCollection, id: departmentId, depth: 0, req, disableErrors: true })
    const code = (department as { code?: string } | null)?.code
    if (!code) {
      throw invalidField(collection.slug, 'department', '發布機構不存在或沒有機構代碼 / the department does not exist or has no code [DESIGN §4.6]')
    }
    const year = chinaYear(data.writtenAt ?? new Date())
    const serial = await nextSerial(req, `${code}/${year}`)
    data.indexNumber = format({ departmentCode: code, year, serial })
    return data
  }
