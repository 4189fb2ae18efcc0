import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'

/** The command that applies the chain; every refusal names it. */
export const MIGRATE_COMMAND = 'npm run migrate'

export type MigrationState = {
  /** The migration names in the chain (file names without extension), oldest first. */
  chain: string[]
  /** Names recorded in `payload_migrations` with a positive batch. */
  applied: string[]
  /** In the chain, not recorded: what `npm run migrate` would run. */
  pending: string[]
  /** Payload's dev-push marker (a row with batch -1): the schema was pushed, not migrated. */
  devPushed: boolean
  /** The highest batch recorded (0 on a fresh database). */
  latestBatch: number
}

/** A database this app must not start on (or migrate), with what to do about it. */
export class MigrationStateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationStateError'
  }
}

/** Payload's SQL adapters keep a chain; MongoDB has none. */
export const hasMigrationChain = (payload: Payload): boolean => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** The chain as Payload's own readMigrationFiles sees it (without importing the files). */
export const chainNames = (migrationDir: string): string[] => {
  let files: string[]
  try {
    files = readdirSync(migrationDir)
  } catch {
    return []
  }
  return files
    .filter((file) => /\.(ts|js)$/.test(file) && !/^index\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => file.split('.')[0])
}

/** A fresh database has no `payload_migrations` table: Payload's find then fails with the driver's message. */
const isMissingTable = (err: unknown): boolean =>
  /no such table|does not exist/i.test(String((err as Error)?.message ?? err) + String((err as { cause?: Error })?.cause?.message ?? ''))

export const readMigrationState = async (payload: Payload): Promise<MigrationState> => {
  const chain = chainNames(payload.db.migrationDir)
  let rows: { name?: string | null; batch?: number | null }[] = []
  try {
    rows = (await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })).docs
  } catch (err) {
    if (!isMissingTable(err)) throw err
  }
  const recorded = rows.filter((row) => Number(row.batch) > 0)
  // In chain order (names start with their timestamp), whatever order the database returns the rows in.
  const applied = recorded.map((row) => row.name ?? '').sort()
  return {
    chain,
    applied,
    pending: chain.filter((name) => !applied.includes(name)),
    devPushed: rows.some((row) => Number(row.batch) === -1),
    latestBatch: recorded.reduce((max, row) => Math.max(max, Number(row.batch)), 0),
  }
}

export const devPushRefusal = () =>
  new MigrationStateError(
    'This database was built by dev push (payload_migrations has the batch -1 "dev" row), so the migration chain ' +
      `cannot be applied to it safely. Build a new database with \`${MIGRATE_COMMAND}\` on an empty one and load the ` +
      'data again (npm run seed for the demo), or set DATABASE_PUSH=1 and NODE_ENV=development for a development database.',
  )

/**
 * Refuses a production start on a database that the chain does not describe: pending migrations, or a
 * dev-pushed schema. Payload's own prodMigrations runs only at the first request and quietly gives up on
 * a dev-pushed database; this runs at start and says what to run.
 */
export const assertMigrated = async (payload: Payload): Promise<void> => {
  if (!hasMigrationChain(payload)) return
  const state = await readMigrationState(payload)
  if (state.devPushed) throw devPushRefusal()
  if (state.pending.length) {
    const list =
      state.pending.length > 3 ? `${state.pending.slice(0, 3).join(', ')} and ${state.pending.length - 3} more` : state.pending.join(', ')
    throw new MigrationStateError(
      `The database is not migrated: ${state.pending.length} pending migration(s) (${list}) in ${payload.db.migrationDir}. ` +
        `Run \`${MIGRATE_COMMAND}\` with the same DATABASE_URI, then start again.`,
    )
  }
}
