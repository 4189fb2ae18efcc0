/*
 * `npm run migrate:check`: fails (exit 1) when this app's config has a SQL schema that the newest snapshot
 * of its migration chain does not describe, for SQLite and for PostgreSQL, naming the collections and
 * tables that differ. The fix is `npm run migrate:create -- <name>`. No database is opened.
 * The config depends on the database kind (DATABASE_URI), so each kind is checked in a process of its own:
 * `tsx scripts/migrate-check.ts sqlite` checks one.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { databaseAdapter, type SqlDatabaseKind, withDatabase } from '../src/config/database.js'
import { schemaDrift } from '../src/config/migrationDrift.js'

/** Never connected to: the check builds each adapter's schema in memory. */
export const PLACEHOLDER_URI: Record<SqlDatabaseKind, string> = {
  sqlite: 'file:./data/migrate-placeholder.db',
  postgres: 'postgres://127.0.0.1:5432/migrate_placeholder',
}

const checkOne = async (kind: SqlDatabaseKind): Promise<boolean> => {
  const { default: configPromise } = await import('../payload.config.js')
  const config = await configPromise
  const drift = await schemaDrift(withDatabase(config, await databaseAdapter(PLACEHOLDER_URI[kind], { push: false })))
  if (!drift.statements.length) {
    console.log(`ok - ${kind}: the config's schema matches migrations/${kind}/${drift.snapshot}`)
    return true
  }
  console.log(
    `not ok - ${kind}: the config's schema differs from ${drift.snapshot ? `migrations/${kind}/${drift.snapshot}` : `an empty migrations/${kind}`}`,
  )
  console.log(`  collections: ${drift.collections.join(', ') || '(none named)'}`)
  console.log(`  tables: ${drift.tables.join(', ') || '(none named)'}`)
  console.log(`  ${drift.statements.length} statement(s), the first: ${drift.statements[0].split('\n')[0].slice(0, 160)}`)
  console.log('  Add a migration for the change: npm run migrate:create -- <name> (writes one for each SQL adapter), and commit it.')
  return false
}

const kind = process.argv[2] as SqlDatabaseKind | undefined
if (kind) process.exit((await checkOne(kind)) ? 0 : 1)

let failed = 0
for (const each of ['sqlite', 'postgres'] as const) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), each], {
    env: { ...process.env, DATABASE_URI: PLACEHOLDER_URI[each] },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (child.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
