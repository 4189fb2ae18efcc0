import { describe, expect, it } from '@jest/globals'
import { buildSchema, parse } from 'graphql'

import { ANONYMOUS_GRAPHQL_LIMITS, checkOperation, ROOT_FIELD_COST } from '../../src/access/apiLimits/graphqlLimits.js'

/** The measuring code both GraphQL endpoints share, on a small schema of Payload's shape. */
const schema = buildSchema(`
  type Doc { id: Int! title: String related: Doc }
  type Docs { docs: [Doc!]! totalDocs: Int }
  type Query { Docs(limit: Int, page: Int, pagination: Boolean): Docs! Doc(id: Int!): Doc }
`)

const check = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  checkOperation(schema, parse(query), operationName, variables, ANONYMOUS_GRAPHQL_LIMITS)

describe('GraphQL operation limits', () => {
  it('lets an ordinary query through', () => {
    expect(check('{ Docs(limit: 20) { totalDocs docs { id title related { title } } } }')).toBeNull()
  })

  it('counts aliases and fragment spreads as root fields', () => {
    expect(check(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: Doc(id: ${i}) { id }`).join(' ')} }`)).toBeNull()
    expect(check(`{ ${Array.from({ length: 11 }, (_, i) => `a${i}: Doc(id: ${i}) { id }`).join(' ')} }`)?.message).toMatch(
      /more than 10 root fields/,
    )
    expect(
      check(
        '{ ...F ...F ... on Query { ...F } } fragment F on Query { a: Doc(id: 1) { id } b: Doc(id: 2) { id } c: Doc(id: 3) { id } d: Doc(id: 4) { id } }',
      )?.message,
    ).toMatch(/more than 10 root fields/)
  })

  it('charges each root field, and multiplies by the page size', () => {
    // 2 root fields: 2 × 50, then Docs 1 + docs 100 + 100 ids + 100 titles, and Doc 1 + id 1.
    expect(check('{ Docs(limit: 100) { docs { id title } } Doc(id: 1) { id } }')).toBeNull()
    const wide = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: Docs(limit: 100) { docs { id title related { id } } }`).join(' ')} }`
    expect(check(wide)).toEqual({ message: expect.stringMatching(/cost exceeds the limit of 5000/), param: 'query' })
    expect(10 * (ROOT_FIELD_COST + 1 + 100 * 5)).toBeGreaterThan(ANONYMOUS_GRAPHQL_LIMITS.maxCost)
  })

  it('reads limits after variables are coerced with their defaults', () => {
    expect(check('query($l: Int = 5) { Docs(limit: $l) { docs { id } } }')).toBeNull()
    expect(check('query($l: Int = 500) { Docs(limit: $l) { docs { id } } }')).toEqual({
      message: expect.stringMatching(/^limit: 500 on Docs is outside 1–100/),
      param: 'limit',
    })
    expect(check('query($l: Int = 5) { Docs(limit: $l) { docs { id } } }', { l: 0 })?.param).toBe('limit')
    expect(check('query($p: Boolean = false) { Docs(pagination: $p) { docs { id } } }')?.param).toBe('pagination')
    expect(check('query($p: Boolean = false) { Docs(pagination: $p) { docs { id } } }', { p: true })).toBeNull()
    expect(check('query($l: Int!) { Docs(limit: $l) { docs { id } } }')?.param).toBe('variables')
  })

  it('measures the operation that runs', () => {
    const document = 'query Small { Doc(id: 1) { id } } query Big { Docs(limit: 1000) { docs { id } } }'
    expect(check(document, {}, 'Small')).toBeNull()
    expect(check(document, {}, 'Big')?.param).toBe('limit')
  })

  it('refuses a fragment bomb quickly instead of expanding it', () => {
    const levels = 30
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Doc { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'id title'} }`,
    ).join(' ')
    const started = performance.now()
    expect(check(`{ Doc(id: 1) { ...F0 } } ${fragments}`)?.message).toMatch(/cost exceeds/)
    expect(performance.now() - started).toBeLessThan(500)
    const rootFragments = Array.from(
      { length: levels },
      (_, i) => `fragment R${i} on Query { ${i + 1 < levels ? `...R${i + 1} ...R${i + 1}` : '__typename'} }`,
    ).join(' ')
    expect(check(`{ ...R0 } ${rootFragments}`)?.message).toMatch(/more than 10 root fields/)
  })

  it('limits depth, fragments inlined, and does not loop on a fragment cycle', () => {
    expect(check('{ Doc(id: 1) { related { related { related { related { related { related { id } } } } } } } }')?.message).toMatch(
      /depth exceeds the limit of 7/,
    )
    expect(check('{ Doc(id: 1) { ...A } } fragment A on Doc { related { ...A } }')).toBeNull()
  })
})
