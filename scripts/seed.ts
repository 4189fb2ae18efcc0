/**
 * `npm run seed`: the development demo data on the database of DATABASE_URI (default
 * file:./data/gongkai.db). Refused in production; a no-op once the database has departments.
 *
 * npm runs it as `payload run scripts/seed.ts` with Node's `--conditions=development`. Without that
 * condition `lexical` resolves to its `*.node.mjs` entries, which pick the dev or prod build with a
 * top-level `await import()`; on Node 20 loading that graph now and then never settles, and the
 * process exits with code 0 having done nothing (payloadcms/payload#17757 looks like the same thing).
 */
import { getPayload } from 'payload'

import { isProduction } from '../src/config/env.js'
import { seedDemo } from '../src/seed/index.js'

if (isProduction()) {
  console.error('seed: refused with NODE_ENV=production. The demo data has accounts with a published password.')
  process.exit(1)
}

// Loaded only now: the config itself refuses a production start without a real secret.
const { default: config } = await import('../payload.config.js')
const payload = await getPayload({ config })
try {
  await seedDemo(payload)
} finally {
  await payload.destroy()
}
