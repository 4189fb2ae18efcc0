import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export type DatabaseSchema =
  /** Built by this app's migration chain (`npm run migrate`), as production builds it: for payload.config.ts. */
  | 'migrated'
  /** No tables: for a config of its own, whose adapter pushes its schema (`databaseAdapter(uri, { push: true })`). */
  | 'empty'

const prefixOf = () => (process.env.TEST_DATABASE_PREFIX ?? 'gongkai_t_').replace(/[^a-z0-9_]/gi, '_').toLowerCase()

/** A digest of one chain's files: a changed or added migration builds a new template. */
const chainDigest = (kind: 'sqlite' | 'postgres') => {
  const dir = path.resolve('migrations', kind)
  const hash = createHash('sha256')
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)))
  return hash.digest('hex').slice(0, 12)
}

/** Runs the deploy step itself on a database, so the tests see what production builds. */
const migrate = (uri: string) => {
  const child = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URI: uri, NODE_OPTIONS: '--conditions=development --no-warnings' },
    encoding: 'utf8',
  })
  if (child.status !== 0) throw new Error(`npm run migrate on ${uri} failed (${child.status}):\n${child.stdout}\n${child.stderr}`)
}

/** The migrated SQLite template of this chain (built once, then reused while the chain is unchanged). */
const sqliteTemplate = (dir: string, prefix: string) => {
  const file = path.join(dir, `${prefix}template_${chainDigest('sqlite')}.db`)
  if (existsSync(file)) return file
  const building = `${file}.building-${process.pid}`
  migrate(`file:${building}`)
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true })
  renameSync(building, file)
  return file
}

/** The migrated PostgreSQL template database; renamed into place only once complete, older ones dropped. */
const postgresTemplate = async (admin: pg.Client, base: string, prefix: string) => {
  const name = `${prefix}template_${chainDigest('postgres')}`
  const { rows } = await admin.query('select datname from pg_database where datname like $1', [`${prefix}template\\_%`])
  for (const { datname } of rows) if (datname !== name) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  if (rows.some((row) => row.datname === name)) return name
  const building = `${prefix}tplbuild_${process.pid}`
  await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${building}"`)
  const url = new URL(base)
  url.pathname = `/${building}`
  migrate(url.toString())
  await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`)
  return name
}

/**
 * One fresh database per test file. `TEST_DATABASE_URI` picks the kind: unset or `file:` = SQLite
 * files under tests/.tmp; `postgres://host/…` = a database per file on that server; `mongodb://…`
 * = a database per file (needs a replica set for transactions). `TEST_DATABASE_PREFIX` (default
 * `gongkai_t_`) keeps two checkouts testing on one server at once out of each other's databases.
 * A migrated database is a copy of a template migrated once per chain (PostgreSQL: CREATE DATABASE …
 * TEMPLATE; SQLite: a file copy); MongoDB has no schema, so both kinds are the same there.
 */
export const freshDatabaseUri = async (name: string, schema: DatabaseSchema = 'empty'): Promise<string> => {
  const base = process.env.TEST_DATABASE_URI ?? 'file:'
  const prefix = prefixOf()
  const safe = `${prefix}${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`
  if (base.startsWith('postgres')) {
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`)
      const template = schema === 'migrated' ? ` TEMPLATE "${await postgresTemplate(admin, base, prefix)}"` : ''
      await admin.query(`CREATE DATABASE "${safe}"${template}`)
    } finally {
      await admin.end()
    }
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
  if (schema === 'migrated') copyFileSync(sqliteTemplate(dir, prefix), file)
  return `file:${file}`
}

export const databaseKind = (): 'sqlite' | 'postgres' | 'mongodb' => {
  const base = process.env.TEST_DATABASE_URI ?? 'file:'
  return base.startsWith('postgres') ? 'postgres' : base.startsWith('mongodb') ? 'mongodb' : 'sqlite'
}
