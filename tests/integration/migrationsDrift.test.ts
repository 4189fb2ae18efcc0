import { describe, expect, it } from '@jest/globals'
import type { SanitizedConfig } from 'payload'

import { databaseAdapter, withDatabase } from '../../src/config/database.js'
import { schemaDrift } from '../../src/config/migrationDrift.js'
import { databaseKind } from '../helpers/database.js'

/** Never connected to: the drift check builds the adapter's schema in memory. */
const placeholderUri = () =>
  databaseKind() === 'sqlite' ? 'file:./tests/.tmp/drift-placeholder.db' : 'postgres://127.0.0.1:5432/drift_placeholder'

const appConfig = async (): Promise<SanitizedConfig> => {
  process.env.DATABASE_URI ??= placeholderUri()
  const { default: configPromise } = await import('../../payload.config.js')
  return withDatabase(await configPromise, await databaseAdapter(placeholderUri(), { push: false }))
}

/** The app's config with one more text field on departments and no migration for it. */
const withUnmigratedField = (config: SanitizedConfig): SanitizedConfig => ({
  ...config,
  collections: config.collections.map((collection) => {
    if (collection.slug !== 'departments') return collection
    const probe = { name: 'driftProbe', type: 'text' as const }
    return { ...collection, fields: [...collection.fields, probe], flattenedFields: [...collection.flattenedFields, probe] }
  }),
})

const describeSql = databaseKind() === 'mongodb' ? describe.skip : describe

describeSql('the drift check (npm run migrate:check) against the newest snapshot of the chain', () => {
  it('passes on the app’s config: the committed chain describes it', async () => {
    const drift = await schemaDrift(await appConfig())
    expect(drift.snapshot).toMatch(/\.json$/)
    expect(drift.statements).toEqual([])
    expect(drift.collections).toEqual([])
  })

  it('fails when a field is added without a migration, naming the collection and its table', async () => {
    const drift = await schemaDrift(withUnmigratedField(await appConfig()))
    expect(drift.statements.join('\n')).toMatch(/drift_probe/)
    expect(drift.collections).toEqual(['departments'])
    expect(drift.tables).toEqual([databaseKind() === 'postgres' ? 'public.departments' : 'departments'])
  })
})
