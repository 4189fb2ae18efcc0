/**
 * `npm run search:rebuild`: brings the `search-index` rows of the database of DATABASE_URI in line with
 * what the public may see, for data written outside Payload (imports, restored backups) or an
 * installation that had records before search. Reindexes every record, tombstones rows of records that
 * are gone or no longer public, and invalidates the public response cache (the shared one with REDIS_URL).
 * Running servers pick the rows up on their next search.
 */
import { getPayload } from 'payload'

import { buildGongkaiConfig } from '../payload.config.js'
import { readSettings } from '../src/config/env.js'
import { rebuildSearchIndex } from '../src/plugins/search/indexer.js'

// A one-off task: the job queue is the running CMS's business.
const payload = await getPayload({ config: await buildGongkaiConfig({ ...readSettings(), jobsAutorun: false }) })
const counts = await rebuildSearchIndex(payload, (line) => payload.logger.info(line))
payload.logger.info(`search index rebuilt: ${JSON.stringify(counts)}`)
await payload.destroy()
process.exit(0)
