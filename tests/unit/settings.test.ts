import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

import type { Env } from '../../src/config/env.js'
import { readSettings, VARIABLES } from '../../src/config/env.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const declared = Object.keys(VARIABLES).sort()
const unique = (names: string[]) => [...new Set(names)].sort()

/** The names in the first column of README's configuration table. */
const readmeNames = () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1))
  const rows = section.split('\n').filter((line) => line.startsWith('| `'))
  return unique(rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1])))
}

/** The names `.env.example` sets or shows commented out. */
const exampleNames = () =>
  unique(
    fs
      .readFileSync(path.join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter((name): name is string => !!name),
  )

/** Every name `readSettings` asks the environment for, over a few environments that take different branches. */
const namesRead = () => {
  const read = new Set<string>()
  const recording = (values: Env) =>
    new Proxy(values, {
      get: (target, name) => {
        if (typeof name === 'string') read.add(name)
        return target[name as keyof Env]
      },
    })
  readSettings(recording({}))
  readSettings(recording({ PUBLIC_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379', PUBLIC_TRUST_PROXY: '1' }))
  readSettings(recording({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), GONGKAI_SERVER_URL: 'https://gk.example.gov.cn' }))
  return unique([...read])
}

describe('settings', () => {
  it('reads exactly the variables that README and .env.example list', () => {
    expect(namesRead()).toEqual(declared)
    expect(readmeNames()).toEqual(declared)
    // NEXT_PHASE is Next's own marker of `next build`, not something to configure.
    expect(exampleNames()).toEqual(declared.filter((name) => name !== 'NEXT_PHASE'))
  })

  it('is the only reader of process.env in src, scripts and payload.config.ts', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'scripts', 'payload.config.ts'], { cwd: ROOT, encoding: 'utf8' }).split('\n')
    const readers = files
      .filter((file) => /\.(ts|tsx|mts|mjs|js)$/.test(file) && fs.existsSync(path.join(ROOT, file)))
      // NEXT_RUNTIME is Next's build-time constant (src/instrumentation.ts), written out so webpack can substitute it.
      .filter((file) => /process\.env\s*(\.(?!NEXT_RUNTIME\b)|\[)/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))
    expect(readers).toEqual([])
  })

  it('has defaults that start the development app without any variable', () => {
    const settings = readSettings({})
    expect(settings).toMatchObject({
      production: false,
      databaseUri: 'file:./data/gongkai.db',
      databasePoolMax: 20,
      serverURL: '',
      jobsAutorun: true,
      port: undefined,
      host: '0.0.0.0',
    })
    expect(settings.publicApi).toMatchObject({
      corsOrigins: '*',
      maxAge: 0,
      graphql: { maxDepth: 7, maxCost: 5000 },
      searchRateLimit: { limit: 120, windowMs: 60_000 },
    })
    expect(settings.publicCache).toEqual({ mode: undefined, redisUrl: undefined, redisPrefix: 'gongkai:' })
  })

  it('refuses a value it cannot use, naming the variable and what it takes', () => {
    const refusals: [Env, string][] = [
      [{ PUBLIC_CACHE_MAX_AGE: 'abc' }, 'PUBLIC_CACHE_MAX_AGE must be a whole number of seconds, got "abc"'],
      [{ PUBLIC_CACHE_MAX_AGE: '-5' }, 'PUBLIC_CACHE_MAX_AGE must be a whole number of seconds, got "-5"'],
      [{ PUBLIC_GRAPHQL_MAX_DEPTH: '0' }, 'PUBLIC_GRAPHQL_MAX_DEPTH must be a positive whole number, got "0"'],
      [{ PUBLIC_GRAPHQL_MAX_COST: '1e3' }, 'PUBLIC_GRAPHQL_MAX_COST must be a positive whole number, got "1e3"'],
      [{ PUBLIC_TRUST_PROXY: 'yes' }, 'PUBLIC_TRUST_PROXY must be a whole number of proxies (e.g. 1), got "yes"'],
      [{ DATABASE_POOL_MAX: 'many' }, 'DATABASE_POOL_MAX must be a positive whole number, got "many"'],
      [{ PORT: '70000' }, 'PORT must be a port number (1-65535), got "70000"'],
      [{ GONGKAI_JOBS_AUTORUN: 'no' }, 'GONGKAI_JOBS_AUTORUN must be 0 (a separate worker runs the job queue) or 1, got "no"'],
      [{ PUBLIC_CACHE: 'disk' }, 'PUBLIC_CACHE must be off, memory or redis, not "disk"'],
      [{ PUBLIC_CACHE: 'redis' }, 'PUBLIC_CACHE=redis needs REDIS_URL'],
      [
        { PUBLIC_BASE_URL: 'gk.example.gov.cn' },
        'PUBLIC_BASE_URL must be an absolute http(s) URL such as https://gongkai.example.gov.cn, got "gk.example.gov.cn"',
      ],
      [{ PUBLIC_SEARCH_RATE_LIMIT: 'fast' }, 'PUBLIC_SEARCH_RATE_LIMIT must be <requests>/<seconds> (e.g. 120/60) or 0, not "fast"'],
      [{ GONGKAI_TRUST_PROXY: 'yes' }, 'GONGKAI_TRUST_PROXY must be the number of proxies in front of the app (e.g. 1), not "yes"'],
    ]
    for (const [env, message] of refusals) expect(() => readSettings(env)).toThrow(message)
  })

  it('keeps the production rules of the secret and the server URL', () => {
    expect(() => readSettings({ NODE_ENV: 'production', GONGKAI_SERVER_URL: 'https://gk.example.gov.cn' })).toThrow(
      /PAYLOAD_SECRET must be set/,
    )
    expect(() => readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })).toThrow(
      /GONGKAI_SERVER_URL must be set in production/,
    )
    const settings = readSettings({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      GONGKAI_SERVER_URL: 'https://gk.example.gov.cn',
      GONGKAI_JOBS_AUTORUN: '0',
    })
    expect(settings).toMatchObject({
      production: true,
      serverURL: 'https://gk.example.gov.cn',
      accounts: { secureCookies: true },
      jobsAutorun: false,
      publicApi: { production: true },
    })
  })
})
