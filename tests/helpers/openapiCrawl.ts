import type { Fixture } from './fixture.js'
import type { Operation } from './openapi.js'
import type { Mount, MountResponse } from './publicMounts.js'
import type { PublicSeed } from './publicSeed.js'

type Schema = Record<string, any>

/** Real values for the parameters of the public API's operations, from a seeded fixture. */
export const crawlValues = (seed: PublicSeed, fx: Fixture) => {
  /** Real values for a path parameter of `path`. */
  const pathValues = (path: string, name: string): string[] => {
    if (name === 'filename') return [seed.fileUrl.split('/').pop()!]
    if (name === 'page') return ['1']
    if (name === 'collection') return ['disclosures', 'interpretations']
    const slug = /^\/api\/public\/([\w-]+)\/\{id\}/.exec(path)?.[1]
    const byCollection: Record<string, PublicSeed[keyof PublicSeed]> = {
      disclosures: seed.repealed,
      interpretations: seed.interpretation,
      'catalogue-entries': seed.catalogueChild,
      departments: seed.department,
    }
    return [String(byCollection[slug ?? 'disclosures'] ?? seed.repealed)]
  }

  /** Real values for a query parameter, from its name and documented schema. */
  const queryValues = (path: string, name: string, schema: Schema): string[] => {
    const none = (schema.anyOf as Schema[] | undefined)?.some((option) => option.const === 'none') ? ['none'] : []
    const ids: Record<string, (number | string)[]> = {
      catalogue: [seed.catalogueRoot, seed.catalogueChild],
      department: [seed.department],
      policy: [seed.repealed],
      parent: path.includes('departments') ? [fx.deptB.id] : [seed.catalogueRoot],
    }
    if (ids[name]) return [...ids[name].map(String), ...none]
    if (name === 'q') return ['財政', '財政 管理辦法']
    if (name === 'query') return ['{ Departments(limit: 2) { docs { id name } } }']
    if (name === 'variables') return ['{}']
    if (name === 'operationName') return []
    if (schema.type === 'array') {
      const values = schema.items.enum as string[]
      return [...values.slice(0, 8), values.slice(0, 3).join(',')]
    }
    if (schema.enum) return schema.enum
    if (schema.format === 'date') return ['2014-01-01', '2013-05-10']
    if (schema.type === 'integer')
      return [...new Set([schema.minimum, schema.default, schema.maximum].filter((value) => value !== undefined).map(String))]
    return []
  }

  return { pathValues, queryValues }
}

export const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(values[name]))

/** A request to one mount; media files under Next go through Payload's own handler, as the app routes them. */
export const sendTo = (mount: Mount, op: Operation, url: string, init?: RequestInit): Promise<MountResponse> => {
  if (op.path !== '/api/media/file/{filename}' || mount.name === 'lean') return mount.fetch(url, init)
  return mount.file(url).then(async (response) => {
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, headers: response.headers, text: bytes.toString('utf8'), body: null, bytes }
  })
}

/** The path filled with real values and the query holding the required parameters, for `op`. */
export const baseRequest = (op: Operation, values: ReturnType<typeof crawlValues>) => {
  const parameters = (op.operation.parameters ?? []) as Schema[]
  const path: Record<string, string> = Object.fromEntries(
    parameters.filter((param) => param.in === 'path').map((param) => [param.name, values.pathValues(op.path, param.name)[0]]),
  )
  const required: Record<string, string> = Object.fromEntries(
    parameters
      .filter((param) => param.in === 'query' && param.required)
      .map((param) => [param.name, values.queryValues(op.path, param.name, param.schema)[0]]),
  )
  return { parameters, path, required }
}
