import { existsSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { migrateDatabase } from '../../src/config/migrate.js'
import { assertMigrated, chainNames, readMigrationState } from '../../src/config/migrationState.js'
import { sqliteFileOf } from '../../src/config/sqliteMigrationSafety.js'
import { databaseKind, freshDatabaseUri } from '../helpers/database.js'
import { addSqlMigration, appChainDir, appPayloadOn, copyOfChain, loadChain } from '../helpers/migrationChain.js'

const describeSql = databaseKind() === 'mongodb' ? describe.skip : describe
const sqlite = databaseKind() === 'sqlite'

/** The options npm run migrate passes for a database (SQLite: its file, the adapter without transactions). */
const migrateOptions = (uri: string) => (sqlite ? { sqliteFile: sqliteFileOf(uri) } : {})

describeSql('npm run migrate and the start check', () => {
  const opened: Payload[] = []
  const open = async (name: string, migrationDir: string, push = false) => {
    const uri = await freshDatabaseUri(name)
    const payload = await appPayloadOn(uri, { migrationDir, push, transactions: !sqlite })
    opened.push(payload)
    return { uri, payload }
  }

  let chain: string
  let appChain: string[]
  beforeAll(() => {
    chain = copyOfChain('state')
    appChain = chainNames(appChainDir())
  })
  afterAll(async () => {
    for (const payload of opened) await payload.destroy().catch(() => undefined)
  })

  it('refuses to start on an empty database, naming the pending migration and npm run migrate', async () => {
    const { payload } = await open('migrations_empty', chain)
    await expect(assertMigrated(payload)).rejects.toThrow(
      new RegExp(`not migrated: ${appChain.length} pending migration\\(s\\) \\(${appChain[0]}.*npm run migrate`),
    )
  })

  it('applies the chain as batch 1, then passes the start check; a second run applies nothing', async () => {
    const { uri, payload } = await open('migrations_apply', chain)
    const first = await migrateDatabase(payload, { ...migrateOptions(uri), migrations: await loadChain(chain, appChain) })
    expect(first).toMatchObject({ ran: appChain, batch: 1, backup: null })
    await expect(assertMigrated(payload)).resolves.toBeUndefined()
    expect(await readMigrationState(payload)).toMatchObject({ pending: [], applied: appChain, devPushed: false })
    const second = await migrateDatabase(payload, migrateOptions(uri))
    expect(second.ran).toEqual([])
  })

  it('refuses to start when the chain has a migration the database has not run, and runs it as the next batch', async () => {
    const grown = copyOfChain('pending')
    const added = addSqlMigration(grown, '20991231_000000_probe_table', ['CREATE TABLE probe_table (id integer PRIMARY KEY)'])
    const { uri, payload } = await open('migrations_pending', grown)
    await migrateDatabase(payload, { ...migrateOptions(uri), migrations: await loadChain(grown, appChain) })
    await expect(assertMigrated(payload)).rejects.toThrow(new RegExp(`1 pending migration\\(s\\) \\(${added}\\).*npm run migrate`))

    const result = await migrateDatabase(payload, { ...migrateOptions(uri), migrations: await loadChain(grown, [...appChain, added]) })

    expect(result).toMatchObject({ ran: [added], batch: 2 })
    await expect(assertMigrated(payload)).resolves.toBeUndefined()
    if (sqlite) expect(existsSync(result.backup!)).toBe(true)
  })

  it('refuses a database built by dev push, at start and in npm run migrate, saying what to do', async () => {
    const { uri, payload } = await open('migrations_dev_pushed', chain, true)
    expect((await readMigrationState(payload)).devPushed).toBe(true)
    await expect(assertMigrated(payload)).rejects.toThrow(/built by dev push.*npm run migrate/)
    await expect(migrateDatabase(payload, migrateOptions(uri))).rejects.toThrow(/built by dev push/)
  })
})
