import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Fixture, buildFixture } from '../helpers/fixture.js'
import { type Operation, openApiChecker, REFUSALS_CHECKED_ELSEWHERE } from '../helpers/openapi.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount } from '../helpers/publicMounts.js'
import { baseRequest, crawlValues, fill, sendTo } from '../helpers/openapiCrawl.js'
import { type PublicSeed, seedPublicData } from '../helpers/publicSeed.js'

type Schema = Record<string, any>

/** Every `$ref` in the document, with the keys beside it (there must be none). */
const refSiblings = (node: unknown, at = '#'): string[] => {
  if (!node || typeof node !== 'object') return []
  const entries = Object.entries(node as Schema)
  const here = '$ref' in (node as Schema) && entries.length > 1 ? [`${at}: ${entries.map(([key]) => key).join(', ')}`] : []
  return [...here, ...entries.flatMap(([key, value]) => refSiblings(value, `${at}/${key}`))]
}

/** Property schemas that say nothing (`{}`), which generated clients turn into `unknown`. */
const emptySchemas = (node: unknown, at = '#'): string[] => {
  if (!node || typeof node !== 'object') return []
  const properties = (node as Schema).properties as Schema | undefined
  const here = properties
    ? Object.entries(properties)
        .filter(([, value]) => Object.keys(value).length === 0)
        .map(([key]) => `${at}/properties/${key}`)
    : []
  return [...here, ...Object.entries(node as Schema).flatMap(([key, value]) => emptySchemas(value, `${at}/${key}`))]
}

describe('the OpenAPI document describes what both mounts send', () => {
  let app: TestApp
  let fx: Fixture
  let seed: PublicSeed
  let mounts: Mount[]
  let document: Schema
  let checker: ReturnType<typeof openApiChecker>
  let values: ReturnType<typeof crawlValues>

  beforeAll(async () => {
    // The crawl sends hundreds of searches in a minute; the limit itself is tested in search.test.ts.
    process.env.PUBLIC_SEARCH_RATE_LIMIT = '0'
    app = await bootApp('openapi_conformance')
    fx = await buildFixture(app.payload)
    seed = await seedPublicData(app.payload, fx)
    mounts = [await nextMount(), await leanMount(app.payload)]
    document = (await mounts[0].fetch('/api/openapi.json')).body
    checker = openApiChecker(document)
    values = crawlValues(seed, fx)
  })

  afterAll(async () => {
    delete process.env.PUBLIC_SEARCH_RATE_LIMIT
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  /** Sends a request to both mounts and returns every problem the checker finds. */
  const check = async (op: Operation, url: string, select?: string[], init?: RequestInit) => {
    const found: string[] = []
    for (const mount of mounts) {
      const response = await sendTo(mount, op, url, init)
      found.push(...checker.problems(op, response, select).map((problem) => `[${mount.name}] ${url}: ${problem}`))
    }
    return found
  }

  it('gives every operation an operationId, never puts anything beside a $ref, and types every property', () => {
    const operations = checker.operations
    expect(operations.length).toBeGreaterThan(25)
    expect(operations.filter((op) => !op.operation.operationId).map((op) => `${op.method} ${op.path}`)).toEqual([])
    expect(new Set(operations.map((op) => op.operation.operationId)).size).toBe(operations.length)
    expect(refSiblings(document)).toEqual([])
    expect(emptySchemas(document.components.schemas)).toEqual([])
    expect(document.components.schemas.CatalogueEntry.properties.breadcrumbs.type).toBe('array')
    expect(document.components.schemas.DisclosurePage.required).toEqual(expect.arrayContaining(['docs', 'totalDocs']))
    expect(document.components.schemas.Disclosure.required).toEqual(
      expect.arrayContaining(['id', 'title', 'department', 'catalogue', 'createdAt', 'updatedAt']),
    )
    expect(document.components.schemas.Disclosure.properties.publishedAt).toEqual({ type: ['string', 'null'], format: 'date-time' })
    expect(document.components.schemas.Disclosure.properties.genre.enum).toContain('notice')
    expect(document.paths['/api/public/disclosures'].get.parameters.find((param: Schema) => param.name === 'limit').schema.maximum).toBe(
      100,
    )
  })

  it('answers every documented operation, called with real parameters, as the document says', async () => {
    const problems: string[] = []
    let requests = 0
    for (const op of checker.operations.filter((candidate) => candidate.method === 'get')) {
      const parameters = (op.operation.parameters ?? []) as Schema[]
      const pathParams = parameters.filter((param) => param.in === 'path')
      const combos: Record<string, string>[] = [{}]
      for (const param of pathParams) {
        const next = combos
          .splice(0)
          .flatMap((combo) => values.pathValues(op.path, param.name).map((value) => ({ ...combo, [param.name]: value })))
        combos.push(...next)
      }
      const { required } = baseRequest(op, values)
      for (const combo of combos) {
        const base = fill(op.path, combo)
        const queries: URLSearchParams[] = [new URLSearchParams(required)]
        for (const param of parameters.filter((candidate) => candidate.in === 'query')) {
          for (const value of values.queryValues(op.path, param.name, param.schema))
            queries.push(new URLSearchParams({ ...required, [param.name]: value }))
        }
        if (parameters.some((param) => param.name === 'depth')) {
          for (const depth of ['1', '2']) queries.push(new URLSearchParams({ ...required, depth }))
        }
        for (const query of queries) {
          const url = query.size ? `${base}?${query}` : base
          const select = query.get('select')?.split(',')
          requests += 1
          problems.push(...(await check(op, url, select)))
        }
      }
    }
    expect(problems).toEqual([])
    expect(requests).toBeGreaterThan(300)
  })

  it('answers refusals, 304s and other methods as documented', async () => {
    const problems: string[] = []
    for (const op of checker.operations.filter(
      (candidate) =>
        candidate.method === 'get' && candidate.path !== '/api/media/file/{filename}' && !REFUSALS_CHECKED_ELSEWHERE.has(candidate.path),
    )) {
      const { parameters, path, required } = baseRequest(op, values)
      const base = fill(op.path, path)
      const good = `${base}${Object.keys(required).length ? `?${new URLSearchParams(required)}` : ''}`
      for (const param of parameters.filter((candidate) => candidate.in === 'query')) {
        problems.push(...(await check(op, `${base}?${new URLSearchParams({ ...required, [param.name]: 'abc' })}`)))
        problems.push(
          ...(await check(op, `${base}?${new URLSearchParams([...Object.entries(required), [param.name, '1'], [param.name, '2']])}`)),
        )
      }
      problems.push(...(await check(op, `${base}?${new URLSearchParams({ ...required, unknownParameter: '1' })}`)))
      const first = await mounts[0].fetch(good)
      if (first.headers.get('etag')) {
        for (const tag of [first.headers.get('etag')!, '*'])
          problems.push(...(await check(op, good, undefined, { headers: { 'If-None-Match': tag } })))
      }
      for (const method of ['POST', 'PUT', 'DELETE']) {
        if (checker.operations.some((other) => other.path === op.path && other.method === method.toLowerCase())) continue
        problems.push(...(await check(op, good, undefined, { method, headers: { 'Content-Type': 'application/json' }, body: '{}' })))
      }
    }
    expect(problems).toEqual([])
  })

  it('answers GraphQL by POST as documented (the endpoint is described as it is, not by its schema)', async () => {
    const post = checker.operations.find((op) => op.path === '/api/public/graphql' && op.method === 'post')!
    const body = (query: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
    const problems = [
      ...(await check(post, '/api/public/graphql', undefined, body('{ Disclosures(limit: 2) { docs { id title } } }'))),
      ...(await check(post, '/api/public/graphql', undefined, body('{ Disclosures { docs { id '))),
      ...(await check(post, '/api/public/graphql', undefined, body('mutation { deleteDisclosure(id: 1) { id } }'))),
    ]
    expect(problems).toEqual([])
  })
})
