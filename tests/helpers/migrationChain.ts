import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { BasePayload, type Migration, type Payload } from 'payload'

import { databaseAdapter, type DatabaseAdapterOptions, withDatabase } from '../../src/config/database.js'
import { databaseKind } from './database.js'

/** The app's chain for the kind under test. */
export const appChainDir = () => path.resolve('migrations', databaseKind())

/** A copy of the app's chain in a scratch folder under tests/.tmp, to add migrations to. */
export const copyOfChain = (label: string): string => {
  mkdirSync(path.resolve('tests/.tmp'), { recursive: true })
  const dir = path.join(mkdtempSync(path.resolve('tests/.tmp', `chain-${label}-`)), databaseKind())
  cpSync(appChainDir(), dir, { recursive: true })
  return dir
}

/** Writes a migration that runs the given SQL statements one by one; returns its name. */
export const addSqlMigration = (dir: string, name: string, statements: string[]): string => {
  const packageName = databaseKind() === 'sqlite' ? '@payloadcms/db-sqlite' : '@payloadcms/db-postgres'
  const run = databaseKind() === 'sqlite' ? 'run' : 'execute'
  writeFileSync(
    path.join(dir, `${name}.ts`),
    `import { sql } from '${packageName}'\n\nconst statements: string[] = ${JSON.stringify(statements, null, 2)}\n\n` +
      `export async function up({ db }: { db: any }): Promise<void> {\n  for (const statement of statements) await db.${run}(sql.raw(statement))\n}\n\n` +
      'export async function down(): Promise<void> {}\n',
  )
  return name
}

/**
 * The chain's migrations loaded by jest (Payload's own loader imports files natively, which cannot read
 * TypeScript here): the same objects `npm run migrate` gets from readMigrationFiles.
 */
export const loadChain = async (dir: string, names: string[]): Promise<Migration[]> =>
  Promise.all(names.map(async (name) => ({ name, ...((await import(path.join(dir, `${name}.ts`))) as Omit<Migration, 'name'>) })))

/** The app's config on its own adapter instance (not Payload's cached one), so a test can hold several. */
export const appPayloadOn = async (uri: string, options: DatabaseAdapterOptions): Promise<Payload> => {
  process.env.DATABASE_URI ??= uri
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  const { default: configPromise } = await import('../../payload.config.js')
  const config = await configPromise
  return new BasePayload().init({
    config: withDatabase(config, await databaseAdapter(uri, { push: false, ...options })),
  }) as Promise<Payload>
}
