import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { publicRoutesOf } from '../../src/plugins/publicApi/handler.js'
import { bootApp, type TestApp } from '../helpers/payload.js'
import { leanMount, type Mount, nextMount } from '../helpers/publicMounts.js'

const EVERY_METHOD = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

/** A concrete path for a template: any value will do, the method is refused before anything is read. */
const concrete = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => ({ collection: 'disclosures', page: '1', filename: 'x.png' })[name] ?? '1')

/** The public paths, as the route table declares them, and the methods each answers. */
const declaredIn = (config: TestApp['config']) =>
  publicRoutesOf(config).flatMap((route) =>
    route.paths.map((path) => ({ route: route.name, path, methods: [...route.methods] as string[] })),
  )

describe('every public path refuses other methods with the route table’s Allow, and the document agrees', () => {
  let app: TestApp
  let mounts: Mount[]
  let declared: ReturnType<typeof declaredIn>
  beforeAll(async () => {
    app = await bootApp('public_methods')
    declared = declaredIn(app.config)
    mounts = [await nextMount(), await leanMount(app.payload)]
  })
  afterAll(async () => {
    for (const mount of mounts ?? []) await mount.close()
    await app?.payload.destroy()
  })

  it('answers a method the route does not declare with 405, Allow listing the declared ones and OPTIONS, on both mounts', async () => {
    const problems: string[] = []
    let refusals = 0
    for (const { path, methods } of declared) {
      const allow = [...methods, 'OPTIONS'].join(', ')
      for (const method of EVERY_METHOD.filter((candidate) => !methods.includes(candidate))) {
        for (const mount of mounts) {
          const init = method === 'HEAD' ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: '{}' }
          const response = await mount.fetch(concrete(path), init)
          refusals += 1
          const got = [response.status, response.headers.get('allow'), method === 'HEAD' ? '' : response.body?.errors?.[0]?.message]
          const wanted = [405, allow, method === 'HEAD' ? '' : `${method} not allowed; this path answers ${allow} / 方法不允許`]
          if (JSON.stringify(got) !== JSON.stringify(wanted)) problems.push(`[${mount.name}] ${method} ${path}: ${JSON.stringify(got)}`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(refusals).toBeGreaterThan(200)
  })

  it('documents each path with exactly the methods the route table declares (HEAD with GET) and the same Allow on its 405s', async () => {
    const document = (await mounts[0].fetch('/api/openapi.json')).body
    expect(Object.keys(document.paths).sort()).toEqual(declared.map(({ path }) => path).sort())
    for (const { path, methods } of declared) {
      const operations = Object.keys(document.paths[path]).sort()
      expect([path, operations]).toEqual([
        path,
        methods
          .filter((method) => method !== 'HEAD')
          .map((method) => method.toLowerCase())
          .sort(),
      ])
      for (const operation of operations) {
        expect([path, document.paths[path][operation].responses['405'].headers.Allow.schema.const]).toEqual([
          path,
          [...methods, 'OPTIONS'].join(', '),
        ])
      }
    }
    expect((await mounts[1].fetch('/api/openapi.json')).text).toBe((await mounts[0].fetch('/api/openapi.json')).text)
  })
})
