/*
 * `npm run migrate:create -- <name>`: writes the next migration of this app's chain for each SQL adapter
 * (migrations/sqlite and migrations/postgres) with Payload's own `payload migrate:create`, diffing the config
 * against each chain's newest snapshot. Extra arguments go to Payload (e.g. --skip-empty). To regenerate the
 * chain from scratch: `rm -r migrations/sqlite migrations/postgres && npm run migrate:create -- initial`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const PLACEHOLDER_URI = { sqlite: 'file:./data/migrate-placeholder.db', postgres: 'postgres://127.0.0.1:5432/migrate_placeholder' }

const [name, ...rest] = process.argv.slice(2)
if (!name || name.startsWith('-')) {
  console.error('usage: npm run migrate:create -- <name> [payload options]')
  process.exit(2)
}
let failed = 0
for (const [kind, uri] of Object.entries(PLACEHOLDER_URI)) {
  console.log(`== ${kind}`)
  // migrate:create never connects: the placeholder URI only picks the adapter (and the config built for it).
  const child = spawnSync(path.resolve('node_modules/.bin/payload'), ['migrate:create', name, ...rest], {
    env: { ...process.env, DATABASE_URI: uri },
    stdio: 'inherit',
  })
  if (child.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
