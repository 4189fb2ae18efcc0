import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getIntrospectionQuery } from 'graphql'
import { formatNames } from 'payload'

import { type Fixture, as, buildFixture, publishedInterpretation, publishedRecord, recordData } from '../helpers/fixture.js'
import { pdfFile, pngFile } from '../helpers/files.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { type Mount, leanMount, nextMount, postJson } from '../helpers/publicMounts.js'
import { PUBLIC_COLLECTIONS, SHAPES, type Shape } from '../../src/plugins/publicApi/contract.js'

/**
 * Issue 10, hole 8: the public GraphQL schema is the public REST contract (src/plugins/publicApi/contract.ts) and
 * nothing else — no staff types, no versions, no mutations, no workflow fields — and it answers what
 * REST answers for the same records.
 */
describe('public GraphQL schema is the public contract', () => {
  let app: TestApp
  let fx: Fixture
  let mounts: Mount[]
  const ids: Record<string, any> = {}

  beforeAll(async () => {
    app = await bootApp('public_graphql_schema')
    fx = await buildFixture(app.payload)
    const p = app.payload
    ids.child = (
      await p.create({ collection: 'catalogue-entries', data: { title: '部門預算', code: '04-01', parent: fx.catalogue.id } as any })
    ).id
    const cover = await p.create({
      collection: 'media',
      data: { alt: '封面' } as any,
      file: await pngFile('schema-cover.png'),
      user: fx.editorA.user,
      overrideAccess: false,
    })
    const attachment = await p.create({
      collection: 'media',
      data: {} as any,
      file: pdfFile('schema-budget.pdf'),
      user: fx.editorA.user,
      overrideAccess: false,
    })
    ids.newRule = (
      await publishedRecord(p, fx, {
        title: '青島市財政資金管理辦法（2014年修訂）',
        coIssuers: [fx.deptB.id],
        keywords: ['財政', '資金'],
        genre: 'notice',
      })
    ).id
    ids.oldRule = (
      await publishedRecord(p, fx, {
        title: '青島市財政資金管理辦法',
        catalogue: [ids.child],
        validity: { status: 'repealed', replacedBy: ids.newRule },
        cover: cover.id,
        attachments: [attachment.id],
      })
    ).id
    ids.interpretation = (
      await publishedInterpretation(p, fx, [ids.oldRule], { title: '《青島市財政資金管理辦法》解讀', cover: cover.id })
    ).id
    ids.draft = (await as(p, fx.editorA).create('disclosures', recordData(fx, { title: '未發布的草稿' }))).id
    mounts = [await leanMount(p), await nextMount()]
  })

  afterAll(async () => {
    await Promise.all((mounts ?? []).map((mount) => mount.close()))
    await app?.payload.destroy()
  })

  /** A GraphQL POST to both mounts; they must agree. */
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const [lean, next] = await Promise.all(mounts.map((mount) => mount.fetch('/api/public/graphql', postJson({ query, variables }))))
    expect({ status: next.status, body: next.body }).toEqual({ status: lean.status, body: lean.body })
    return lean
  }

  const rest = async (path: string) => {
    const response = await mounts[0].fetch(path)
    expect([path, response.status]).toEqual([path, 200])
    return response.body
  }

  const typeNameOf = (slug: string) => formatNames(slug).singular
  const isRelation = (spec: Shape[string]): spec is { relation: any } => typeof spec === 'object' && 'relation' in spec
  const isJoin = (spec: Shape[string]): spec is { join: any } => typeof spec === 'object' && 'join' in spec

  it('introspection lists exactly the contract: its collections, their fields, the REST filters, and no mutations', async () => {
    const response = await ask(getIntrospectionQuery())
    expect(response.status).toBe(200)
    const schema = response.body.data.__schema
    expect(schema.mutationType).toBeNull()
    expect(schema.subscriptionType).toBeNull()
    const types = new Map<string, any>(schema.types.map((type: any) => [type.name, type]))
    const named = (ref: any): string => (ref.ofType ? named(ref.ofType) : ref.name)
    const reached = new Set<string>([schema.queryType.name])

    // The root: a list and a by-id query for every public collection, with REST's filters and paging.
    const query = types.get(schema.queryType.name)
    const roots = Object.keys(PUBLIC_COLLECTIONS).flatMap((slug) => [formatNames(slug).singular, formatNames(slug).plural])
    expect(query.fields.map((field: any) => field.name).sort()).toEqual(roots.sort())
    for (const [slug, collection] of Object.entries(PUBLIC_COLLECTIONS)) {
      const { singular, plural } = formatNames(slug)
      const list = query.fields.find((field: any) => field.name === plural)
      expect([plural, list.args.map((arg: any) => arg.name).sort()]).toEqual([
        plural,
        [...Object.keys(collection.params.filters), 'page', 'limit', 'sort'].sort(),
      ])
      const page = types.get(named(list.type))
      reached.add(page.name)
      expect(page.fields.map((field: any) => field.name).sort()).toEqual([
        'docs',
        'hasNextPage',
        'hasPrevPage',
        'limit',
        'nextPage',
        'page',
        'prevPage',
        'totalDocs',
        'totalPages',
      ])
      expect(named(page.fields.find((field: any) => field.name === 'docs').type)).toBe(typeNameOf(slug))
      const one = query.fields.find((field: any) => field.name === singular)
      expect([singular, one.args.map((arg: any) => arg.name), named(one.type)]).toEqual([singular, ['id'], typeNameOf(slug)])
    }

    // Every type reached from a collection has exactly the contract's fields, walked from SHAPES.
    const expectShape = (typeName: string, shape: Shape, path: string) => {
      reached.add(typeName)
      const type = types.get(typeName)
      expect([path, type?.kind, type?.fields.map((field: any) => field.name).sort()]).toEqual([path, 'OBJECT', Object.keys(shape).sort()])
      for (const field of type.fields) {
        const spec = shape[field.name]
        const target = named(field.type)
        const where = `${path}.${field.name}`
        if (spec === true) expect([where, types.get(target).kind]).toEqual([where, 'SCALAR'])
        else if (isRelation(spec)) {
          expect([where, target]).toEqual([where, typeNameOf(spec.relation)])
          if (!reached.has(target)) expectShape(target, SHAPES[spec.relation], spec.relation)
        } else if (isJoin(spec)) {
          reached.add(target)
          const join = types.get(target)
          expect([where, join.fields.map((inner: any) => inner.name).sort()]).toEqual([where, ['docs', 'hasNextPage']])
          const docs = named(join.fields.find((inner: any) => inner.name === 'docs').type)
          expect([where, docs]).toEqual([where, typeNameOf(spec.join)])
          if (!reached.has(docs)) expectShape(docs, SHAPES[spec.join], spec.join)
        } else expectShape(target, spec, where)
      }
    }
    for (const slug of Object.keys(PUBLIC_COLLECTIONS))
      if (!reached.has(typeNameOf(slug))) expectShape(typeNameOf(slug), SHAPES[slug], slug)

    // No other object type at all: no User, AuditLog, versions, access or auth types.
    const objects = schema.types.filter((type: any) => type.kind === 'OBJECT' && !type.name.startsWith('__')).map((type: any) => type.name)
    expect(objects.sort()).toEqual([...reached].sort())
  })

  it('refuses workflow fields, staff arguments and staff collections as validation errors', async () => {
    const refused = async (query: string, pattern: RegExp) => {
      const response = await ask(query)
      expect([query, response.status, response.body.errors?.[0]?.param]).toEqual([query, 400, 'query'])
      expect(response.body.errors[0].message).toMatch(pattern)
    }
    await refused('{ Disclosures { docs { id _status } } }', /Cannot query field "_status" on type "Disclosure"/)
    await refused('{ Disclosures { docs { id publishBy } } }', /Cannot query field "publishBy" on type "Disclosure"/)
    await refused('{ Disclosures { docs { id publishedLate } } }', /Cannot query field "publishedLate" on type "Disclosure"/)
    await refused('{ Disclosures { docs { id disclosure { attribute } } } }', /Cannot query field "disclosure" on type "Disclosure"/)
    await refused(
      `{ Disclosure(id: ${ids.oldRule}) { secrecyReview { status } createdBy { email } } }`,
      /Cannot query field "secrecyReview"/,
    )
    await refused('{ Disclosures(draft: true) { docs { id } } }', /Unknown argument "draft"/)
    await refused('{ Disclosures(where: { title: { like: "草稿" } }) { docs { id } } }', /Unknown argument "where"/)
    await refused('{ versionsDisclosures { docs { id } } }', /Cannot query field "versionsDisclosures" on type "Query"/)
    await refused('{ Users { docs { email } } }', /Cannot query field "Users" on type "Query"/)
    await refused('{ AuditLogs { docs { id } } }', /Cannot query field "AuditLogs" on type "Query"/)
    const mutation = await ask(`mutation { updateDisclosure(id: ${ids.oldRule}, data: { title: "x" }) { id } }`)
    expect([mutation.status, mutation.body.errors[0].message]).toEqual([405, expect.stringMatching(/read-only; mutation is not allowed/)])
  })

  /** A selection of every contract field, populating relationships `depth` levels deep (deeper ones left out). */
  const selection = (shape: Shape, depth: number): string =>
    Object.entries(shape)
      .map(([name, spec]) => {
        if (spec === true) return name
        if (isRelation(spec)) return depth > 0 ? `${name} { ${selection(SHAPES[spec.relation], depth - 1)} }` : ''
        if (isJoin(spec)) return depth > 0 ? `${name} { hasNextPage docs { ${selection(SHAPES[spec.join], depth - 1)} } }` : ''
        return `${name} { ${selection(spec, depth)} }`
      })
      .filter(Boolean)
      .join(' ')

  /** A document as far as the selection reaches, without the nulls GraphQL gives fields REST leaves out. */
  const normalized = (shape: Shape, value: any, depth: number): any => {
    if (Array.isArray(value)) return value.map((item) => normalized(shape, item, depth))
    if (!value || typeof value !== 'object') return value
    const out: Record<string, unknown> = {}
    for (const [name, spec] of Object.entries(shape)) {
      const inner = value[name]
      if (inner === null || inner === undefined) continue
      if (spec === true) out[name] = inner
      else if (isRelation(spec)) {
        // A reference REST leaves unpopulated (breadcrumbs' doc) is its id there and `{ id }` in GraphQL.
        const asObject = (item: unknown) => (item !== null && typeof item === 'object' ? item : { id: item })
        if (depth > 0)
          out[name] = normalized(SHAPES[spec.relation], Array.isArray(inner) ? inner.map(asObject) : asObject(inner), depth - 1)
      } else if (isJoin(spec)) {
        if (depth > 0) out[name] = { hasNextPage: inner.hasNextPage, docs: normalized(SHAPES[spec.join], inner.docs, depth - 1) }
      } else out[name] = normalized(spec, inner, depth)
    }
    return out
  }

  it('answers lists and documents exactly as REST does, for every public collection', async () => {
    const compared: string[] = []
    for (const slug of Object.keys(PUBLIC_COLLECTIONS)) {
      const { singular, plural } = formatNames(slug)
      const shape = SHAPES[slug]
      const fields = Object.keys(shape).filter((name) => name !== 'id')
      const graph = await ask(
        `{ ${plural}(limit: 20) { totalDocs limit page totalPages hasNextPage hasPrevPage nextPage prevPage docs { ${selection(shape, 1)} } } }`,
      )
      expect([slug, graph.body.errors]).toEqual([slug, undefined])
      const { docs, ...paging } = graph.body.data[plural]
      const list = await rest(`/api/public/${slug}?limit=20&depth=1&select=${fields.join(',')}`)
      const { docs: restDocs, ...restPaging } = list
      expect([slug, paging]).toEqual([slug, Object.fromEntries(Object.entries(restPaging).map(([key, value]) => [key, value ?? null]))])
      expect([slug, normalized(shape, docs, 1)]).toEqual([slug, normalized(shape, restDocs, 1)])
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of restDocs) {
        const one = await ask(`{ ${singular}(id: ${JSON.stringify(doc.id)}) { ${selection(shape, 1)} } }`)
        const detail = await rest(`/api/public/${slug}/${doc.id}`)
        expect([slug, doc.id, normalized(shape, one.body.data[singular], 1)]).toEqual([slug, doc.id, normalized(shape, detail, 1)])
        compared.push(`${slug}:${doc.id}`)
      }
    }
    // The records the fixture published, with their relationships and join, were among them; the draft was not.
    expect(compared).toEqual(
      expect.arrayContaining([
        `disclosures:${ids.oldRule}`,
        `disclosures:${ids.newRule}`,
        `interpretations:${ids.interpretation}`,
        `catalogue-entries:${ids.child}`,
      ]),
    )
    expect(compared).not.toContain(`disclosures:${ids.draft}`)
    const old = await ask(
      `{ Disclosure(id: ${ids.oldRule}) { validity { status replacedBy { id title } } cover { url } attachments { mimeType } interpretations { docs { id } } } }`,
    )
    expect(old.body.data.Disclosure).toMatchObject({
      validity: { status: 'repealed', replacedBy: { id: ids.newRule } },
      attachments: [{ mimeType: 'application/pdf' }],
      interpretations: { docs: [{ id: ids.interpretation }] },
    })
    expect(old.body.data.Disclosure.cover.url).toMatch(/^\/api\/media\/file\/schema-cover.*\.png$/)
    expect((await ask(`{ Disclosure(id: ${ids.draft}) { id title } }`)).body).toEqual({ data: { Disclosure: null } })
  })

  it('takes the REST named filters and sorts, and refuses a bad value naming the filter', async () => {
    const byCatalogue = await ask(`{ Disclosures(catalogue: "${fx.catalogue.id}", sort: "title") { docs { id title } } }`)
    const restByCatalogue = await rest(`/api/public/disclosures?catalogue=${fx.catalogue.id}&sort=title&select=title`)
    expect(byCatalogue.body.data.Disclosures.docs).toEqual(restByCatalogue.docs)
    expect(byCatalogue.body.data.Disclosures.docs.map((doc: any) => doc.id).sort()).toEqual([ids.newRule, ids.oldRule].sort())
    const interpretations = await ask(`query($policy: String) { Interpretations(policy: $policy) { docs { id policies { id } } } }`, {
      policy: String(ids.oldRule),
    })
    expect(interpretations.body.data.Interpretations.docs).toEqual([{ id: ids.interpretation, policies: [{ id: ids.oldRule }] }])
    const badGenre = await ask('{ Disclosures(genre: "poem") { docs { id } } }')
    expect(badGenre.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^genre: unknown value poem/),
      extensions: { statusCode: 400, param: 'genre' },
    })
    const badSort = await ask('{ Disclosures(sort: "publishBy") { docs { id } } }')
    expect(badSort.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/cannot sort by "publishBy"/),
      extensions: { statusCode: 400, param: 'sort' },
    })
    const tooDeep = await ask('{ Disclosures { docs { validity { replacedBy { department { parent { name } } } } } } }')
    expect(tooDeep.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^depth: 3 is outside 0–2/),
      extensions: { statusCode: 400, param: 'depth' },
    })
  })
})
