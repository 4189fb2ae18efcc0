import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { databaseKind } from '../helpers/database.js'
import { type Fixture, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** SQLite gets planner statistics when connected, once the records table has data or has grown twofold. */
;(databaseKind() === 'sqlite' ? describe : describe.skip)('SQLite planner statistics', () => {
  let app: TestApp
  let fx: Fixture
  const client = () => (app.payload.db as any).client as { execute: (sql: string) => Promise<{ rows: any[] }> }
  const recorded = async () => {
    try {
      const { rows } = await client().execute("select stat from sqlite_stat1 where tbl = 'disclosures' limit 1")
      return rows.length ? Number(String(rows[0].stat).split(' ')[0]) : null
    } catch {
      return null
    }
  }
  const create = async (count: number) => {
    for (let i = 0; i < count; i += 1) await as(app.payload, fx.editorA).create('disclosures', recordData(fx, { title: `統計測試 ${i}` }))
  }
  /** What a restart does: connect again (the client stays; the statistics step runs). */
  const reconnect = () => app.payload.db.connect!()

  beforeAll(async () => {
    app = await bootApp('sqlite_statistics')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  it('analyzes when the records have no statistics, and again only after twofold growth', async () => {
    expect(await recorded()).toBeNull()
    await create(3)
    await reconnect()
    expect(await recorded()).toBe(3)
    await create(2)
    await reconnect()
    expect(await recorded()).toBe(3)
    await create(2)
    await reconnect()
    expect(await recorded()).toBe(7)
  })
})
