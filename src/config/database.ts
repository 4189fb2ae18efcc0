import type { DatabaseAdapterObj } from 'payload'

import { serializeTransactions } from './serialTransactions.js'

export const DEFAULT_DATABASE_URI = 'file:./data/gongkai.db'

/**
 * The adapter for `DATABASE_URI`; only the chosen one is imported. SQLite runs with transactions on
 * (a file database; immediate write locks; transactions queued in the process, see serializeTransactions).
 */
export const databaseAdapter = async (uri: string = DEFAULT_DATABASE_URI): Promise<DatabaseAdapterObj> => {
  if (uri.startsWith('file:')) {
    if (uri.includes(':memory:')) throw new Error('DATABASE_URI: an in-memory SQLite database cannot run transactions; use a file, e.g. file:./data/gongkai.db')
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    return serializeTransactions(
      sqliteAdapter({ client: { url: uri }, transactionOptions: { behavior: 'immediate' }, busyTimeout: 30_000, wal: true }),
    )
  }
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return postgresAdapter({ pool: { connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX ?? 20) } })
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: uri })
  }
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:")`)
}
