/**
 * Dumps what the seed wrote (disclosures, interpretations, index counters, as `payload.db.find` reads
 * them) to a JSON file, to check that bench/bulkInsert.ts writes exactly what `payload.db.create` does:
 *
 *   for m in create bulk; do
 *     BENCH_SEED_UNTIL=2026-01-01T00:00:00Z BENCH_SEED_METHOD=$m BENCH_DB=sqlite BENCH_RECORDS=3000 BENCH_RESEED=1 \
 *       NODE_OPTIONS=--conditions=development npx tsx bench/seed.ts
 *     DUMP=/tmp/seed-$m.json DATABASE_URI=file:$PWD/bench/.data/bench.db NODE_OPTIONS=--conditions=development npx tsx bench/dumpSeed.ts
 *   done
 *
 * The two dumps then differ only in `updatedAt` of the rows updated after the insert (set to the time of writing).
 */
import fs from 'node:fs'
process.env.GONGKAI_JOBS_AUTORUN = '0'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config.js')
// In development Payload rewrites src/payload-types.ts on start; the bench must not touch the sources.
const resolved = await config
resolved.typescript = { ...resolved.typescript, autoGenerate: false }
const payload = await getPayload({ config: resolved })
const out: Record<string, unknown> = {}
for (const collection of ['disclosures', 'interpretations', 'index-counters'] as const) {
  const { docs } = await payload.db.find({ collection: collection as never, limit: 0, pagination: false, sort: 'id' })
  out[collection] = docs
}
fs.writeFileSync(process.env.DUMP!, JSON.stringify(out, null, 1))
await payload.destroy()
process.exit(0)
