import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Fixture, buildFixture } from '../helpers/fixture.js'
import { openApiChecker, REFUSALS_CHECKED_ELSEWHERE } from '../helpers/openapi.js'
import { baseRequest, crawlValues, fill, sendTo } from '../helpers/openapiCrawl.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'
import { seedPublicData } from '../helpers/publicSeed.js'

type Schema = Record<string, any>

/**
 * Odd values for any parameter: empty, words, booleans, signs, fractions, overflow, impossible dates, NUL,
 * very long, CJK and full-width digits, injection-looking text, a number past the SQL id range.
 */
const ODD_VALUES = [
  '',
  'abc',
  'none',
  'true',
  '-1',
  '0',
  '1',
  '1.5',
  '1e999',
  '2014-02-30',
  '\u0000',
  'x'.repeat(4000),
  '政府信息公開',
  '１２',
  '2147483648',
  '99999999',
  "1' OR '1'='1",
  '../../etc/passwd',
  '%',
  '[]',
  ' 1',
]

/**
 * For every documented parameter of every public operation, every odd value (and the parameter given
 * twice): no answer is a 5xx, every answer is documented and matches its schema, and a 400 names the parameter.
 */
describe('no value of a documented public parameter gets a 5xx', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  let checker: ReturnType<typeof openApiChecker>
  let values: ReturnType<typeof crawlValues>

  beforeAll(async () => {
    process.env.PUBLIC_SEARCH_RATE_LIMIT = '0'
    app = await bootApp('public_fuzz')
    fx = await buildFixture(app.payload)
    values = crawlValues(await seedPublicData(app.payload, fx), fx)
    mounts = [await nextMount(), await leanMount(app.payload)]
    checker = openApiChecker((await mounts[0].fetch('/api/openapi.json')).body)
  })

  afterAll(async () => {
    delete process.env.PUBLIC_SEARCH_RATE_LIMIT
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  it('answers the requests of the issue that got 500 with a 400 naming the parameter and the rule', async () => {
    const cases: [string, string][] = [
      ['/api/public/disclosures?department=abc', 'department'],
      ['/api/public/disclosures?catalogue=none', 'catalogue'],
      ['/api/public/disclosures/count?department=abc', 'department'],
      ['/api/public/interpretations?policy=true', 'policy'],
      ['/api/public/catalogue-entries?parent=2014-02-30', 'parent'],
      ['/api/public/departments/count?parent=abc', 'parent'],
      ['/api/search?q=%E8%B2%A1%E6%94%BF&catalogue=none', 'catalogue'],
      ['/api/public/disclosures/2147483648', 'id'],
      ['/api/public/feeds/rss?department=abc', 'department'],
    ]
    for (const [url, param] of cases) {
      for (const mount of mounts) {
        const response = await mount.fetch(url)
        expect([mount.name, url, response.status, response.body.errors[0].param]).toEqual([mount.name, url, 400, param])
        expect(response.body.errors[0].message).toMatch(
          new RegExp(`^${param}: .* is not an id \\(a whole number 1–2147483647\\) / 不是有效的編號$`),
        )
      }
    }
  })

  it('answers every odd value of every parameter with a documented answer, never a 5xx, and a 400 that names the parameter', async () => {
    const problems: string[] = []
    const statuses = new Map<number, number>()
    const operations = checker.operations.filter((op) => op.method === 'get' && !REFUSALS_CHECKED_ELSEWHERE.has(op.path))
    let requests = 0
    for (const op of operations) {
      const { parameters, path, required } = baseRequest(op, values)
      for (const param of parameters as Schema[]) {
        const urls: string[] = []
        if (param.in === 'path') {
          // An empty segment is another path (the list), not a value of this one.
          for (const value of ODD_VALUES.filter(Boolean))
            urls.push(
              fill(op.path, { ...path, [param.name]: value }) + (Object.keys(required).length ? `?${new URLSearchParams(required)}` : ''),
            )
        } else {
          const base = fill(op.path, path)
          for (const value of ODD_VALUES) urls.push(`${base}?${new URLSearchParams({ ...required, [param.name]: value })}`)
          urls.push(
            `${base}?${new URLSearchParams([...Object.entries(required).filter(([name]) => name !== param.name), [param.name, '1'], [param.name, '2']])}`,
          )
        }
        for (const url of urls) {
          requests += 1
          const answers = await Promise.all(mounts.map(async (mount) => ({ mount: mount.name, response: await sendTo(mount, op, url) })))
          for (const { mount, response } of answers) {
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
            const at = `[${mount}] ${op.path} ${param.name}: ${url.slice(0, 160)}`
            if (response.status >= 500) problems.push(`${at}: ${response.status} ${response.text.slice(0, 200)}`)
            problems.push(...checker.problems(op, response).map((problem) => `${at}: ${problem}`))
            if (response.status === 400 && op.path !== '/api/media/file/{filename}' && response.body?.errors?.[0]?.param !== param.name) {
              problems.push(`${at}: 400 names ${JSON.stringify(response.body?.errors?.[0])}, not ${param.name}`)
            }
          }
        }
      }
    }
    expect(problems).toEqual([])
    expect(requests).toBeGreaterThan(1500)
    // Most odd values are refusals; a fuzz that only ever got 200s would not be testing the parser.
    expect(statuses.get(400)).toBeGreaterThan(requests)
  })
})
