import type { Migration, Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, readMigrationFiles } from 'payload'

import { devPushRefusal, hasMigrationChain, MigrationStateError, readMigrationState } from './migrationState.js'
import { backUpSqlite, inSqliteMigrationTransaction, lockSqliteFile, type SqliteClient } from './sqliteMigrationSafety.js'

export type MigrateOptions = {
  /** SQLite: the database file, backed up before the first pending migration runs. */
  sqliteFile?: string
  /** Default true (SQLite only). */
  backup?: boolean
  /** The chain's migrations, loaded (Payload's Migration: name, up, down); default: Payload's readMigrationFiles of `payload.db.migrationDir`. */
  migrations?: Migration[]
}

export type MigrateResult = { ran: string[]; backup: string | null; batch: number }

/** Any fixed 64-bit number: the PostgreSQL advisory lock that one `npm run migrate` at a time holds. */
const PG_MIGRATION_LOCK = 4_711_0011

type PgPool = { connect: () => Promise<{ query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>; release: () => void }> }

/** Holds a session-level advisory lock on its own connection; a second instance waits, then finds nothing pending. */
const lockPostgres = async (payload: Payload): Promise<() => Promise<void>> => {
  const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
  const { rows } = await client.query(`select pg_try_advisory_lock(${PG_MIGRATION_LOCK}) as locked`)
  if (!rows[0]?.locked) {
    payload.logger.info('Another instance is migrating this database; waiting for it to finish')
    await client.query(`select pg_advisory_lock(${PG_MIGRATION_LOCK})`)
  }
  return async () => {
    await client.query(`select pg_advisory_unlock(${PG_MIGRATION_LOCK})`).catch(() => undefined)
    client.release()
  }
}

/** PostgreSQL runs DDL in transactions without side effects: each migration with its row, in Payload's transaction. */
const runInPayloadTransaction = async (payload: Payload, migration: Migration, batch: number) => {
  const req = await createLocalReq({}, payload)
  try {
    await initTransaction(req)
    const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions
    const db = req.transactionID ? sessions[await req.transactionID]?.db : (payload.db as unknown as { drizzle: unknown }).drizzle
    await migration.up({ db, payload, req })
    await payload.create({ collection: 'payload-migrations', data: { name: migration.name, batch }, req })
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

const runOnSqliteConnection = async (payload: Payload, migration: Migration, batch: number) => {
  const adapter = payload.db as unknown as {
    client: SqliteClient
    drizzle: unknown
    beginTransaction: (options?: unknown) => Promise<unknown>
  }
  if ((await adapter.beginTransaction()) !== null) {
    throw new MigrationStateError(
      'SQLite migrations need the adapter built with transactions off (databaseAdapter(uri, { transactions: false })).',
    )
  }
  const req = await createLocalReq({}, payload)
  await inSqliteMigrationTransaction(adapter.client, async () => {
    await migration.up({ db: adapter.drizzle, payload, req })
    await payload.create({ collection: 'payload-migrations', data: { name: migration.name, batch }, req })
  })
}

/**
 * Applies the pending migrations of the chain in `payload.db.migrationDir`, oldest first, as one new batch.
 * Refuses a dev-pushed database; holds a lock against a second run; backs a SQLite file up first. Throws
 * on failure (the failed migration is rolled back; the ones before it stay applied).
 */
export const migrateDatabase = async (payload: Payload, options: MigrateOptions = {}): Promise<MigrateResult> => {
  if (!hasMigrationChain(payload)) {
    payload.logger.info(`${payload.db.name}: no schema to migrate`)
    return { ran: [], backup: null, batch: 0 }
  }
  const sqlite = payload.db.name === 'sqlite'
  if (sqlite && !options.sqliteFile) throw new MigrationStateError('migrateDatabase: sqliteFile is required on SQLite')
  const unlock = sqlite ? lockSqliteFile(options.sqliteFile!) : await lockPostgres(payload)
  try {
    const state = await readMigrationState(payload)
    if (state.devPushed) throw devPushRefusal()
    const batch = state.latestBatch + 1
    if (!state.pending.length) {
      payload.logger.info(`Nothing to migrate: ${state.applied.length} migration(s) applied, none pending`)
      return { ran: [], backup: null, batch: state.latestBatch }
    }
    let backup: string | null = null
    // A database with nothing applied holds no data worth a copy.
    if (sqlite && options.backup !== false && state.applied.length) {
      backup = await backUpSqlite((payload.db as unknown as { client: SqliteClient }).client, options.sqliteFile!)
      if (backup) payload.logger.info(`Backed up the database to ${backup}`)
    }
    const files = options.migrations ?? ((await readMigrationFiles({ payload })) as Migration[])
    const ran: string[] = []
    for (const migration of files.filter((file) => state.pending.includes(file.name))) {
      const started = Date.now()
      payload.logger.info(`Migrating: ${migration.name}`)
      if (sqlite) await runOnSqliteConnection(payload, migration, batch)
      else await runInPayloadTransaction(payload, migration, batch)
      payload.logger.info(`Migrated:  ${migration.name} (${Date.now() - started} ms)`)
      ran.push(migration.name)
    }
    if (sqlite) await (payload.db as unknown as { client: SqliteClient }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    return { ran, backup, batch }
  } finally {
    await unlock()
  }
}
