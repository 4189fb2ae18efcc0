import type { Payload } from 'payload'

import type { Settings } from './env.js'
import { assertMigrated, MigrationStateError } from './migrationState.js'

/**
 * Whether a start must find the database migrated: always in production (Payload never pushes there), and in
 * development unless dev push is on (DATABASE_PUSH=1 builds the schema at connect instead).
 */
export const startRequiresMigratedDatabase = (settings: Pick<Settings, 'production' | 'databasePush'>): boolean =>
  settings.production || !settings.databasePush

/** Exit code of a start refused for its database (distinct from a crash's 1). */
export const UNMIGRATED_EXIT_CODE = 3

/**
 * Ends the process with the reason and what to run when the database is not migrated; for the entry points
 * (the Next server's instrumentation, the lean public server), before anything is served.
 */
export const refuseUnmigratedStart = async (payload: Payload, settings: Pick<Settings, 'production' | 'databasePush'>): Promise<void> => {
  if (!startRequiresMigratedDatabase(settings)) return
  try {
    await assertMigrated(payload)
  } catch (err) {
    if (!(err instanceof MigrationStateError)) throw err
    payload.logger.fatal(`Refusing to start: ${err.message}`)
    process.exit(UNMIGRATED_EXIT_CODE)
  }
}
