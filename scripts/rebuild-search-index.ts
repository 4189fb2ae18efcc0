/**
 * `npm run search:rebuild`: brings the `search-index` rows of the database of DATABASE_URI in line with
 * what the public may see, for data written outside Payload (imports, restored backups) or an
 * installation that had records before search. Reindexes every record, tombstones rows of records that
 * are gone or no longer public, and invalidates the public response cache (the shared one with REDIS_URL).
 * Running servers pick the rows up on their next search.
 */
import { getPayload } from 'payload'

import { rebuildSearchIndex } from '../src/plugins/search/indexer.js'

process.env.GONGKAI_JOBS_AUTORUN ??= '0'
const { default: config } = await import('../payload.config.js')
const payload = await getPayload({ config })
const counts = await rebuildSearchIndex(payload, (line) => payload.logger.info(line))
payload.logger.info(`search index rebuilt: ${JSON.stringify(counts)}`)
await payload.destroy()
process.exit(0)
