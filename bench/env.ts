/** Settings shared by the bench's processes, all from the environment. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AdminManifest } from './adminData.js'

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(BENCH_DIR, '..')
export const DATA_DIR = path.join(BENCH_DIR, '.data')

export type DatabaseName = 'sqlite' | 'postgres'

const PG_SERVER = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '')
export const PG_DATABASE = process.env.BENCH_PG_DATABASE ?? 'gongkai_bench'
/** The maintenance database used to drop and create the bench database. */
export const PG_ADMIN_URI = `${PG_SERVER}/postgres`

export const SQLITE_FILE = path.join(DATA_DIR, 'bench.db')

export const databaseUri = (db: DatabaseName): string => (db === 'sqlite' ? `file:${SQLITE_FILE}` : `${PG_SERVER}/${PG_DATABASE}`)

export const manifestPath = (db: DatabaseName) => path.join(DATA_DIR, `${db}.json`)

const positiveInt = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number (got "${raw}")`)
  return value
}

/** `npm run bench -- --only search` (or `--only=search,lean-cold`): the same as BENCH_ONLY. */
const onlyArgument = (): string | undefined => {
  const argv = process.argv.slice(2)
  const at = argv.indexOf('--only')
  if (at >= 0) {
    const value = argv[at + 1]
    if (!value || value.startsWith('--')) throw new Error('--only needs a comma list of groups, e.g. --only search')
    return value
  }
  return argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
}

export const settings = () => {
  const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of databases) {
    if (name !== 'sqlite' && name !== 'postgres') throw new Error(`BENCH_DATABASES: unknown database "${name}" (sqlite, postgres)`)
  }
  return {
    records: positiveInt('BENCH_RECORDS', 100_000),
    reseed: process.env.BENCH_RESEED === '1' || process.env.BENCH_RESEED === 'true',
    databases: databases as DatabaseName[],
    duration: positiveInt('BENCH_DURATION', 10),
    warmup: positiveInt('BENCH_WARMUP', 3),
    connections: positiveInt('BENCH_CONNECTIONS', 20),
    basePort: positiveInt('BENCH_PORT', 3400),
    startTimeout: positiveInt('BENCH_START_TIMEOUT', 180),
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: process.env.BENCH_REDIS_PREFIX ?? 'gongkai-bench:',
    /** Comma list of measurement groups to run (default all), e.g. `lean-cold,raw`; `--only <list>` on the command line wins. */
    only: (onlyArgument() ?? process.env.BENCH_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    /** Connections of the search runs (bench/search.ts), one run each. */
    searchConnections: (process.env.BENCH_SEARCH_CONNECTIONS ?? '1,8').split(',').map((s) => {
      const value = Number(s.trim())
      if (!Number.isInteger(value) || value <= 0)
        throw new Error(
          `BENCH_SEARCH_CONNECTIONS must be a comma list of positive whole numbers (got "${process.env.BENCH_SEARCH_CONNECTIONS}")`,
        )
      return value
    }),
    rebuild: process.env.BENCH_REBUILD === '1',
  }
}

/** What the seeding step leaves behind for the measurements (bench/.data/<db>.json). */
export type Manifest = {
  database: DatabaseName
  uri: string
  records: number
  /** GENERATOR_VERSION of bench/generate.ts when it was seeded. */
  generator: number
  complete: boolean
  reused: boolean
  seededAt: string
  /** Seconds the last full seed took, by step; kept when the database is reused. */
  seedSeconds: { total: number; structure: number; records: number; extras: number } | null
  recordsPerSecond: number | null
  concurrency: number
  batchSize: number
  method: string
  /** Planner statistics: PostgreSQL (VACUUM ANALYZE) and SQLite (ANALYZE, as the app runs it at connect). */
  statistics: 'analyzed' | 'none'
  /** `search-index` rows (bench/searchIndex.ts): how many, and when and how fast the bench wrote them. */
  searchIndex?: { rows: number; filledAt: string | null; seconds: number | null }
  interpretations: number
  catalogue: { id: number | string; code: string; title: string; records: number }
  recordId: number | string
  departments: number
  catalogueEntries: number
  /** The admin bench's department and its records by workflow state (bench/adminData.ts); absent in older manifests. */
  admin?: AdminManifest
}
