import path from 'node:path'

import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { serializeTransactions } from './serialTransactions.js'
import { keepPlannerStatistics } from './sqliteStatistics.js'

export const DEFAULT_DATABASE_URI = 'file:./data/gongkai.db'

/**
 * Payload indexes the tables of hasMany text and number fields (`disclosures_texts`: keywords) on
 * (order, parent_id) only, but reads a document's rows by parent_id: without this index every document
 * read scans the whole table (a 20-record list on 100,000 records: 250 ms → 45 ms on SQLite).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's SQLite and PostgreSQL table types differ; this one hook serves both
type DrizzleTable = any

const indexParentLookups =
  (index: (name: string) => { on: (...columns: DrizzleTable[]) => unknown }) =>
  ({
    schema,
    extendTable,
  }: {
    schema: { tables: Record<string, DrizzleTable> }
    extendTable: (args: { table: DrizzleTable; extraConfig: (table: DrizzleTable) => object }) => void
  }) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (/_(texts|numbers)$/.test(name)) {
        extendTable({ table, extraConfig: (columns) => ({ parentIdx: index(`${name}_parent_idx`).on(columns.parent) }) })
      }
    }
    return schema as DrizzleTable
  }

export type SqlDatabaseKind = 'sqlite' | 'postgres'

/** The SQL kind of a `DATABASE_URI`, or null for MongoDB (no schema, no migrations). */
export const sqlDatabaseKind = (uri: string): SqlDatabaseKind | null =>
  uri.startsWith('file:') ? 'sqlite' : /^postgres(ql)?:\/\//.test(uri) ? 'postgres' : null

/** Where this app's migration chain for a SQL kind lives (`migrations/sqlite`, `migrations/postgres`). */
export const appMigrationDir = (kind: SqlDatabaseKind): string => path.resolve(process.cwd(), 'migrations', kind)

export type DatabaseAdapterOptions = {
  /** Connections per process in the PostgreSQL pool (`DATABASE_POOL_MAX`). Default 20. */
  poolMax?: number
  /**
   * Let Payload push the config's schema at connect (development only; Payload never pushes in production).
   * Default false, so the app's databases are built by its migration chain (`DATABASE_PUSH=1` turns it on).
   */
  push?: boolean
  /**
   * SQLite only: run with transactions (default true). `npm run migrate` turns them off because a table
   * rebuild inside a transaction cascade-deletes its child rows (`PRAGMA foreign_keys=OFF` is ignored there).
   */
  transactions?: boolean
  /** Default: the app's chain for the kind (appMigrationDir). */
  migrationDir?: string
}

/**
 * The adapter for `DATABASE_URI`; only the chosen one is imported. SQLite runs with transactions on
 * (a file database; immediate write locks; transactions queued in the process, see serializeTransactions).
 */
export const databaseAdapter = async (
  uri: string = DEFAULT_DATABASE_URI,
  options: DatabaseAdapterOptions = {},
): Promise<DatabaseAdapterObj> => {
  const { poolMax = 20, push = false } = options
  const kind = sqlDatabaseKind(uri)
  const migrationDir = options.migrationDir ?? (kind ? appMigrationDir(kind) : undefined)
  if (uri.startsWith('file:')) {
    if (uri.includes(':memory:'))
      throw new Error('DATABASE_URI: an in-memory SQLite database cannot run transactions; use a file, e.g. file:./data/gongkai.db')
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
    return keepPlannerStatistics(
      serializeTransactions(
        sqliteAdapter({
          client: { url: uri },
          transactionOptions: options.transactions === false ? false : { behavior: 'immediate' },
          busyTimeout: 30_000,
          wal: true,
          push,
          migrationDir,
          afterSchemaInit: [indexParentLookups(index)],
        }),
      ),
    )
  }
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
    return postgresAdapter({
      pool: { connectionString: uri, max: poolMax },
      push,
      migrationDir,
      afterSchemaInit: [indexParentLookups(index)],
    })
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: uri })
  }
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:")`)
}

/** The app's config on another adapter (the migrate command's, or one kind for the drift check), as buildConfig would set it. */
export const withDatabase = (config: SanitizedConfig, db: DatabaseAdapterObj): SanitizedConfig => ({
  ...config,
  db: { ...db, allowIDOnCreate: db.allowIDOnCreate ?? false, name: db.name ?? 'unknown' },
})
