/*
 * The lean public server: `npm run serve:public`. Serves /api/public/* (with feeds and WeChat articles),
 * /api/search, /sitemap.xml, /api/openapi.json and the media files of public records on PORT (default
 * 3100), from the same database as the CMS. Run several behind a
 * load balancer with REDIS_URL set, so that they share one response cache that every change invalidates.
 * Without REDIS_URL it does not cache (PUBLIC_CACHE=memory opts into a per-process cache, right for one
 * instance only: another process's changes would not reach it).
 */
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import { buildGongkaiConfig } from '../payload.config.js'
import { readSettings } from '../src/config/env.js'
import { publicApiOptionsOf } from '../src/config/publicApi.js'
import { refuseUnmigratedStart } from '../src/config/startupCheck.js'
import { createPublicApi } from '../src/plugins/publicApi/handler.js'
import { createPublicServer, LEAN_DEFAULT_PORT } from '../src/plugins/publicApi/nodeServer.js'
import { searchIndexOf } from '../src/plugins/search/query.js'

const settings = readSettings()
const { publicCache } = settings
const payload = await getPayload({
  config: await buildGongkaiConfig({
    ...settings,
    // A per-process cache would miss other processes' changes: only with Redis, or when PUBLIC_CACHE asks.
    publicCache: { ...publicCache, mode: publicCache.mode ?? (publicCache.redisUrl ? 'redis' : 'off') },
    // Scheduled publishing runs in the CMS process, not in every public instance.
    jobsAutorun: false,
  }),
})
await refuseUnmigratedStart(payload, settings)
const port = settings.port ?? LEAN_DEFAULT_PORT
// Absolute URLs (feeds, covers, files) point at this server unless PUBLIC_BASE_URL or the CMS URL says otherwise.
const api = createPublicApi(payload, { ...publicApiOptionsOf(settings, LEAN_DEFAULT_PORT), serveFiles: true })
const server = createPublicServer(api, { production: settings.production })
const host = settings.host

server.listen(port, host, () => {
  const address = server.address() as AddressInfo
  payload.logger.info(`public API listening on http://${address.address}:${address.port} (cache: ${api.cache.kind}, pid ${process.pid})`)
  // Build the in-memory search index now rather than on the first search (seconds at 100,000 records).
  const started = Date.now()
  const index = searchIndexOf(payload)
  index
    .refresh()
    .then(() => payload.logger.info(`search index ready: ${index.size} records in ${Date.now() - started} ms`))
    .catch((err) => payload.logger.error({ err, msg: 'search index could not be built; the first search will try again' }))
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`${signal}: closing the public API server`)
  const timer = setTimeout(() => process.exit(0), 10_000)
  timer.unref()
  server.close(async () => {
    await api.cache.close().catch(() => undefined)
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  })
  server.closeIdleConnections()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
