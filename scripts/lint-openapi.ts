/**
 * `npm run lint:openapi`: writes the public API's OpenAPI document, generated from the reference config as
 * the servers generate it, to a temporary file and lints it with Redocly's recommended rules. Exits non-zero
 * on any error, so CI can run it. Needs no database: the config is built, never connected.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { readSettings } from '../src/config/env.js'
import { publicApiOptionsOf } from '../src/config/publicApi.js'
import { publicRoutesOf, resolveRouteOptions } from '../src/plugins/publicApi/handler.js'
import { openApiDocument } from '../src/plugins/publicApi/openapi.js'

const { default: configPromise } = await import('../payload.config.js')
const config = await configPromise
const file = path.join(tmpdir(), `gongkai-openapi-${process.pid}.json`)
writeFileSync(
  file,
  JSON.stringify(openApiDocument(config, publicRoutesOf(config), resolveRouteOptions(publicApiOptionsOf(readSettings()))), null, 2),
)
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js')
const result = spawnSync(process.execPath, [cli, 'lint', '--extends=recommended', file], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
})
process.exit(result.status ?? 1)
