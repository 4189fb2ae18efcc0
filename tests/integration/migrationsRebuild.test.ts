import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { chainNames } from '../../src/config/migrationState.js'
import { migrateDatabase } from '../../src/config/migrate.js'
import { sqliteFileOf } from '../../src/config/sqliteMigrationSafety.js'
import { databaseKind, freshDatabaseUri } from '../helpers/database.js'
import { addSqlMigration, appPayloadOn, copyOfChain, loadChain } from '../helpers/migrationChain.js'

type Kit = { generateMigration: (before: object, after: object) => Promise<string[]> }

/**
 * What drizzle writes for a column change SQLite cannot ALTER: here a default on users.name, which
 * rebuilds `users` (create __new_users, copy, DROP TABLE users, rename). users_roles and users_rels
 * hold the user's roles and departments, with ON DELETE CASCADE to users.
 */
const rebuildUsersStatements = async (payload: Payload, chain: string): Promise<string[]> => {
  const [snapshot] = chainNames(chain).map((name) => path.join(chain, `${name}.json`))
  const before = JSON.parse(readFileSync(snapshot, 'utf8'))
  const after = structuredClone(before)
  after.tables.users.columns.name.default = "'anonymous'"
  const kit = (payload.db as unknown as { requireDrizzleKit: () => Kit }).requireDrizzleKit()
  return kit.generateMigration(before, after)
}

const describeSqlite = databaseKind() === 'sqlite' ? describe : describe.skip

/** One user with two roles (users_roles) and two departments (users_rels): the child rows to keep. */
const createUserWithChildRows = async (payload: Payload) => {
  const departments = await Promise.all(
    ['113702000101', '113702000102'].map((code, i) =>
      payload.create({ collection: 'departments', data: { name: `部門${i}`, code, level: 'department' } as any }),
    ),
  )
  return payload.create({
    collection: 'users',
    data: {
      email: 'rebuild@test.localhost',
      password: 'test-password-only',
      name: '重建',
      roles: ['editor', 'reviewer'],
      departments: departments.map((d) => d.id),
    } as any,
  })
}

const childRowsOf = async (payload: Payload, id: number | string) => {
  const user = await payload.findByID({ collection: 'users', id, depth: 0 })
  return { roles: user.roles ?? [], departments: user.departments ?? [] }
}

describeSqlite('a migration that rebuilds a table with child rows (SQLite)', () => {
  const opened: Payload[] = []
  let chain: string
  let initial: string
  let rebuild: string
  let statements: string[]

  beforeAll(async () => {
    chain = copyOfChain('rebuild')
    ;[initial] = chainNames(chain)
    const probe = await appPayloadOn(await freshDatabaseUri('migrations_rebuild_probe'), { migrationDir: chain })
    opened.push(probe)
    statements = await rebuildUsersStatements(probe, chain)
    rebuild = addSqlMigration(chain, '20991231_000000_users_name_default', statements)
  })

  afterAll(async () => {
    for (const payload of opened) await payload.destroy().catch(() => undefined)
  })

  it('is a table rebuild, as drizzle writes it (the DROP of the parent table is what cascades)', () => {
    expect(statements.join('\n')).toMatch(/CREATE TABLE `__new_users`/)
    expect(statements.join('\n')).toMatch(/DROP TABLE `users`/)
  })

  it('keeps every child row when run by npm run migrate’s migrateDatabase', async () => {
    const uri = await freshDatabaseUri('migrations_rebuild_safe')
    const payload = await appPayloadOn(uri, { migrationDir: chain, transactions: false })
    opened.push(payload)
    const sqliteFile = sqliteFileOf(uri)
    await migrateDatabase(payload, { sqliteFile, migrations: await loadChain(chain, [initial]) })
    const user = await createUserWithChildRows(payload)
    expect(await childRowsOf(payload, user.id)).toMatchObject({
      roles: ['editor', 'reviewer'],
      departments: [expect.anything(), expect.anything()],
    })

    const result = await migrateDatabase(payload, { sqliteFile, migrations: await loadChain(chain, [initial, rebuild]) })

    expect(result.ran).toEqual([rebuild])
    const kept = await childRowsOf(payload, user.id)
    expect(kept.roles).toEqual(['editor', 'reviewer'])
    expect(kept.departments).toHaveLength(2)
    expect(result.backup).toMatch(/\.backup-/)
  })

  it('loses them when the same migration runs inside a transaction, as Payload’s own migrate runs it (the control)', async () => {
    const payload = await appPayloadOn(await freshDatabaseUri('migrations_rebuild_control'), { migrationDir: chain })
    opened.push(payload)
    await payload.db.migrate({ migrations: await loadChain(chain, [initial]) })
    const user = await createUserWithChildRows(payload)
    expect((await childRowsOf(payload, user.id)).roles).toHaveLength(2)

    await payload.db.migrate({ migrations: await loadChain(chain, [initial, rebuild]) })

    const lost = await childRowsOf(payload, user.id)
    expect(lost.roles).toEqual([])
    expect(lost.departments).toEqual([])
  })
})
