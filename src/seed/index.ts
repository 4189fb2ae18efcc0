import type { Payload } from 'payload'

import { isProduction } from '../config/variables.js'
import { DEMO_ACCOUNTS } from './accounts.js'
import { seedRecords } from './seedRecords.js'
import { seedStructure } from './seedStructure.js'

export { DEMO_ACCOUNTS, DEMO_DEPARTMENT, DEMO_PASSWORD } from './accounts.js'

export type SeedResult = { seeded: boolean }

/**
 * Development demo data: the city's departments and guide, the 2014 catalogue, four demo accounts and
 * 市财政局's records in every workflow state. Refused in production; does nothing once departments exist.
 */
export const seedDemo = async (payload: Payload): Promise<SeedResult> => {
  // Read at the call, not from the config: whatever built this Payload, a production process never gets these accounts.
  if (isProduction()) {
    throw new Error('seed: refused with NODE_ENV=production; the demo accounts share a published password')
  }
  const { totalDocs } = await payload.count({ collection: 'departments' })
  if (totalDocs > 0) {
    payload.logger.info({ msg: `seed: the database already has ${totalDocs} departments; nothing to do` })
    return { seeded: false }
  }
  try {
    const structure = await seedStructure(payload)
    await seedRecords(payload, structure)
  } catch (err) {
    // Each step commits on its own; a half-seeded database would be skipped by the next run.
    payload.logger.error({ err, msg: 'seed: failed part-way; delete the database (e.g. data/gongkai.db) and run it again' })
    throw err
  }
  const emails = DEMO_ACCOUNTS.map((account) => account.email).join(', ')
  payload.logger.info({ msg: `seed: demo data created; development-only accounts: ${emails}` })
  return { seeded: true }
}
