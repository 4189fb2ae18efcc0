import path from 'node:path'

import { closeSync, copyFileSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'

import { MigrationStateError } from './migrationState.js'

/** The libSQL client of the SQLite adapter: one connection while the adapter runs without transactions. */
export type SqliteClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** `file:./data/gongkai.db` → `./data/gongkai.db` (query options dropped). */
export const sqliteFileOf = (uri: string): string => uri.replace(/^file:/, '').split('?')[0]

const timestamp = () =>
  new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/**
 * A consistent copy of the database file: the WAL is folded into the file, then, holding the write lock so
 * no other process can commit meanwhile, the file (and any WAL written since) is copied. Returns its path.
 */
export const backUpSqlite = async (client: SqliteClient, file: string): Promise<string | null> => {
  if (!existsSync(file) || statSync(file).size === 0) return null
  const target = path.resolve(`${file}.backup-${timestamp()}`)
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await client.execute('BEGIN IMMEDIATE')
  try {
    copyFileSync(file, target)
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) copyFileSync(`${file}-wal`, `${target}-wal`)
  } finally {
    await client.execute('ROLLBACK')
  }
  return target
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A lock file next to the database, so a second `npm run migrate` on the same file refuses instead of
 * migrating at the same time. A lock left by a process that is gone is taken over.
 */
export const lockSqliteFile = (file: string): (() => void) => {
  const lock = `${file}.migrate-lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(lock, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = Number(readFileSync(lock, 'utf8'))
      if (holder && alive(holder))
        throw new MigrationStateError(`Another migration (pid ${holder}) is running on ${file}; wait for it to finish (lock: ${lock}).`)
      rmSync(lock, { force: true })
    }
  }
  throw new MigrationStateError(`Could not take the migration lock ${lock}; delete it if no migration is running.`)
}

/**
 * Runs one migration the way SQLite documents schema changes: foreign keys off BEFORE the transaction
 * (inside one the pragma does nothing, and a rebuilt table's DROP then cascade-deletes its child rows),
 * the migration and its `payload_migrations` row in one transaction, a foreign-key check before commit.
 * The adapter must run without transactions, so everything goes through this one connection.
 */
export const inSqliteMigrationTransaction = async (client: SqliteClient, run: () => Promise<void>): Promise<void> => {
  await client.execute('PRAGMA foreign_keys=OFF')
  try {
    await client.execute('BEGIN IMMEDIATE')
    try {
      await run()
      const { rows } = await client.execute('PRAGMA foreign_key_check')
      if (rows.length) {
        const tables = [...new Set(rows.map((row) => String(row.table)))].join(', ')
        throw new MigrationStateError(
          `The migration would leave ${rows.length} row(s) pointing at missing rows (${tables}); nothing was changed.`,
        )
      }
      await client.execute('COMMIT')
    } catch (err) {
      await client.execute('ROLLBACK').catch(() => undefined)
      throw err
    }
  } finally {
    await client.execute('PRAGMA foreign_keys=ON')
  }
}
