/**
 * What the admin bench (bench/admin.ts) signs in as and what it finds: the demo accounts of the seed's
 * structure (the editor and reviewer of DEMO_DEPARTMENT, the office), and the records of that department by
 * workflow state, counted in the seeded database (so a reused one is described too).
 */
import type { Payload, Where } from 'payload'

import { DEMO_ACCOUNTS, DEMO_DEPARTMENT, DEMO_PASSWORD, type DemoAccount } from '../src/seed/accounts.js'

export type AdminAccount = { key: DemoAccount['key']; email: string; password: string; name: string }

export type AdminManifest = {
  department: { id: number | string; name: string }
  /** Records of the department, and of them in each state (drafts are the newest records, see bench/generate.ts). */
  records: number
  states: Record<string, number>
  /** Unpublished records in the whole database. */
  draftsCityWide: number
}

export const adminAccount = (key: DemoAccount['key']): AdminAccount => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.key === key)
  if (!account) throw new Error(`bench: no demo account "${key}"`)
  return { key, email: account.email, password: DEMO_PASSWORD, name: account.name }
}

const DAY = 86_400_000

export const adminManifest = async (payload: Payload): Promise<AdminManifest> => {
  const found = await payload.db.find({
    collection: 'departments',
    where: { shortName: { equals: DEMO_DEPARTMENT } },
    limit: 1,
  })
  const department = found.docs[0] as { id: number | string; name: string } | undefined
  if (!department) throw new Error(`bench: no department ${DEMO_DEPARTMENT}`)
  const now = new Date().toISOString()
  const draft: Where = { _status: { equals: 'draft' } }
  const states: Record<string, Where> = {
    published: { _status: { equals: 'published' } },
    draft,
    noAttribute: { ...draft, 'disclosure.attribute': { exists: false } },
    submitted: { ...draft, 'secrecyReview.status': { equals: 'pending' }, 'secrecyReview.submittedAt': { exists: true } },
    rejected: { ...draft, 'secrecyReview.status': { equals: 'rejected' } },
    passedDraft: { ...draft, 'secrecyReview.status': { equals: 'passed' } },
    late: { ...draft, publishBy: { less_than: now } },
    dueIn5Days: { ...draft, publishBy: { greater_than_equal: now, less_than: new Date(Date.now() + 5 * DAY).toISOString() } },
  }
  const count = async (where: Where) => (await payload.db.count({ collection: 'disclosures', where })).totalDocs
  const own: Where = { department: { equals: department.id } }
  const counted: Record<string, number> = {}
  for (const [state, where] of Object.entries(states)) counted[state] = await count({ and: [own, where] })
  return {
    department: { id: department.id, name: department.name },
    records: await count(own),
    states: counted,
    draftsCityWide: await count(draft),
  }
}
