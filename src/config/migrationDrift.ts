import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { BasePayload, type SanitizedConfig } from 'payload'

type Snapshot = { version?: string; tables?: Record<string, unknown>; enums?: Record<string, unknown> }
type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<Snapshot> | Snapshot
  generateMigration: (before: Snapshot, after: Snapshot) => Promise<string[]>
  upSnapshot?: (snapshot: Snapshot) => Snapshot
}
type DrizzleAdapterParts = { schema: unknown; migrationDir: string; defaultDrizzleSnapshot: Snapshot; requireDrizzleKit: () => DrizzleKit }

export type SchemaDrift = {
  /** The newest snapshot compared with, or null when the chain is empty. */
  snapshot: string | null
  /** What `payload migrate:create` would write: empty when the chain describes the config. */
  statements: string[]
  /** Tables (and PostgreSQL enums) added, removed or changed. */
  tables: string[]
  /** The collections (and globals) those tables belong to. */
  collections: string[]
}

const newestSnapshot = (dir: string): string | null => {
  try {
    return (
      readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .reverse()[0] ?? null
    )
  } catch {
    return null
  }
}

const changedKeys = (before: Record<string, unknown> = {}, after: Record<string, unknown> = {}) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort()

/** `public.disclosures_rels` → disclosures (the longest collection/global table name it starts with). */
const ownerOf = (table: string, owners: string[]) => {
  const bare = table.replace(/^[^.]+\./, '').replace(/^_/, '')
  return owners.filter((owner) => bare === owner || bare.startsWith(`${owner}_`)).sort((a, b) => b.length - a.length)[0] ?? bare
}

/**
 * The difference between a config's SQL schema and the newest snapshot of its migration chain: the same
 * diff `payload migrate:create` makes (the snapshot, not the live database, whose introspection shows
 * false positives on PostgreSQL). The adapter is initialised without connecting.
 */
export const schemaDrift = async (config: SanitizedConfig): Promise<SchemaDrift> => {
  const payload = await new BasePayload().init({ config, disableDBConnect: true, disableOnInit: true })
  const adapter = payload.db as unknown as DrizzleAdapterParts
  const kit = adapter.requireDrizzleKit()
  const after = await kit.generateDrizzleJson(adapter.schema)
  const snapshot = newestSnapshot(adapter.migrationDir)
  let before: Snapshot = adapter.defaultDrizzleSnapshot
  if (snapshot) {
    before = JSON.parse(readFileSync(path.join(adapter.migrationDir, snapshot), 'utf8')) as Snapshot
    if (kit.upSnapshot && String(before.version) < String(after.version)) before = kit.upSnapshot(before)
  }
  const statements = await kit.generateMigration(before, after)
  const tables = [...changedKeys(before.tables, after.tables), ...changedKeys(before.enums, after.enums)]
  const owners = [...config.collections, ...config.globals].map((entity) => entity.slug.replace(/-/g, '_'))
  const collections = [...new Set(tables.map((table) => ownerOf(table, owners)))].sort()
  await payload.destroy().catch(() => undefined)
  return { snapshot, statements, tables, collections }
}
