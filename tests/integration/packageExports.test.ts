import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { describe, expect, it } from '@jest/globals'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FIXTURE = 'tests/fixtures/hostApp'
const run = promisify(execFile)
// Jest's own NODE_OPTIONS (vm modules) must not reach the child processes.
const { NODE_OPTIONS: _jestOptions, ...env } = process.env

/** A host app that imports the suite as `gongkai` (package `exports`), as README shows. */
describe('the package as another app installs it', () => {
  it('type-checks a host config that imports from "gongkai"', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
    const result = await run(process.execPath, [tsc, '-p', `${FIXTURE}/tsconfig.json`, '--noEmit'], { cwd: ROOT, env }).catch((err) => err)
    expect(`${result.stdout}${result.stderr}`).toBe('')
  })

  it("loads that config at run time, with the suite's collections in it", async () => {
    const script = `const { default: config } = await import('./${FIXTURE}/payload.config.ts'); console.log(JSON.stringify((await config).collections.map((c) => c.slug)))`
    const { stdout } = await run(process.execPath, ['--conditions=development', '--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env,
    })
    const slugs = JSON.parse(stdout.trim().split('\n').pop() ?? '[]')
    expect(slugs).toEqual(
      expect.arrayContaining(['users', 'notices', 'departments', 'disclosures', 'interpretations', 'audit-log', 'search-index']),
    )
  })
})
