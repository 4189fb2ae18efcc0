/*
 * The production deploy step: `npm run migrate` applies the pending migrations of this app's chain
 * (migrations/sqlite or migrations/postgres, by DATABASE_URI) and exits non-zero on any failure or refusal.
 * SQLite: the file is backed up first (printed), and the adapter runs without transactions so a table
 * rebuild keeps its child rows (see src/config/sqliteMigrationSafety.ts). A database built by dev push is
 * refused. One run at a time per database (a lock file next to SQLite, an advisory lock on PostgreSQL).
 */
import { getPayload, type Payload } from 'payload'

import { databaseAdapter, withDatabase } from '../src/config/database.js'
import { readSettings } from '../src/config/env.js'
import { migrateDatabase } from '../src/config/migrate.js'
import { MigrationStateError } from '../src/config/migrationState.js'
import { sqliteFileOf } from '../src/config/sqliteMigrationSafety.js'

const uri = readSettings().databaseUri
let payload: Payload | undefined
let code = 0
try {
  const { default: configPromise } = await import('../payload.config.js')
  const config = await configPromise
  // Outside production Payload rewrites src/payload-types.ts when it starts; a migration must not touch the
  // sources (the bench's seed step runs this beside a build it checks against them).
  config.typescript = { ...config.typescript, autoGenerate: false }
  payload = await getPayload({ config: withDatabase(config, await databaseAdapter(uri, { push: false, transactions: false })) })
  const result = await migrateDatabase(payload, { sqliteFile: uri.startsWith('file:') ? sqliteFileOf(uri) : undefined })
  if (result.backup) console.log(`migrate: backup of the database before migrating: ${result.backup}`)
  console.log(
    result.ran.length
      ? `migrate: applied ${result.ran.length} migration(s) as batch ${result.batch}: ${result.ran.join(', ')}`
      : 'migrate: the database is up to date',
  )
} catch (err) {
  code = 1
  if (err instanceof MigrationStateError) console.error(`migrate: refused: ${err.message}`)
  else console.error('migrate: failed:', err)
} finally {
  await payload?.destroy().catch(() => undefined)
}
process.exit(code)
