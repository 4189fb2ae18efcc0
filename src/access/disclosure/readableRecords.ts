import type { PayloadRequest } from 'payload'

type Id = number | string

/** Ids a database could hold: integers on the SQL adapters, 24 hex digits on MongoDB. */
const ID_PATTERN = /^(\d{1,15}|[0-9a-f]{24})$/i

/** Which of `ids` name records of `target` that the caller of `req` can read: one query, as the caller. */
export const readableIds = async (req: PayloadRequest, target: string, ids: Id[]): Promise<Set<string>> => {
  const wanted = [...new Set(ids.map(String))].filter((id) => ID_PATTERN.test(id))
  if (wanted.length === 0) return new Set()
  const { docs } = await req.payload.find({
    collection: target as 'disclosures',
    where: { id: { in: wanted } },
    select: { updatedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}
