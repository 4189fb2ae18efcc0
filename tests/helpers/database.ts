import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/**
 * One fresh database per test file. `TEST_DATABASE_URI` picks the kind: unset or `file:` = SQLite
 * files under tests/.tmp; `postgres://host/…` = a database per file on that server; `mongodb://…`
 * = a database per file (needs a replica set for transactions). `TEST_DATABASE_PREFIX` (default
 * `gongkai_t_`) keeps two checkouts testing on one server at once out of each other's databases.
 */
export const freshDatabaseUri = async (name: string): Promise<string> => {
  const base = process.env.TEST_DATABASE_URI ?? 'file:'
  const prefix = (process.env.TEST_DATABASE_PREFIX ?? 'gongkai_t_').replace(/[^a-z0-9_]/gi, '_').toLowerCase()
  const safe = `${prefix}${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`
  if (base.startsWith('postgres')) {
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${safe}"`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${safe}`
    return url.toString()
  }
  if (base.startsWith('mongodb')) {
    const url = new URL(base)
    url.pathname = `/${safe}`
    return url.toString()
  }
  const dir = path.resolve('tests/.tmp')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${safe}.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  return `file:${file}`
}

export const databaseKind = (): 'sqlite' | 'postgres' | 'mongodb' => {
  const base = process.env.TEST_DATABASE_URI ?? 'file:'
  return base.startsWith('postgres') ? 'postgres' : base.startsWith('mongodb') ? 'mongodb' : 'sqlite'
}
