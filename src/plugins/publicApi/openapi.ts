import type { SanitizedConfig } from 'payload'

import { allowOf } from './errors.js'
import { errorContent, RESPONSES } from './openapiParts.js'
import { ERROR_SCHEMA } from './openapiSchemas.js'
import { idKindOf } from './query.js'
import type { PublicRoute, ResolvedRouteOptions } from './routes/types.js'

/** What a path answers besides OPTIONS, as the document's operations (HEAD goes with GET and is not listed). */
export const documentedMethods = (route: Pick<PublicRoute, 'methods'>) =>
  route.methods.filter((method) => method !== 'HEAD').map((method) => method.toLowerCase())

/** The 405 of a path, with the `Allow` it sends; an operation's own 405 (a GraphQL mutation) is kept in its description. */
const methodNotAllowed = (allow: string, own?: { description?: string }) => ({
  description: `${own?.description ? `${own.description}; or a` : 'A'} method this path does not answer: \`Allow\` lists the ones it does`,
  headers: {
    Allow: {
      description: 'The methods this path answers (OPTIONS, the CORS preflight, on every path)',
      schema: { type: 'string', const: allow },
    },
  },
  content: errorContent,
})

/** A route's part of the document, checked against what the route declares, with every operation's 405. */
const routePaths = (route: PublicRoute, described: ReturnType<NonNullable<PublicRoute['document']>>) => {
  const paths = Object.keys(described.paths)
  if (paths.join('\n') !== route.paths.join('\n'))
    throw new Error(`public route ${route.name}: documents ${paths.join(', ')} but answers ${route.paths.join(', ')}`)
  const allow = allowOf(route.methods)
  return Object.fromEntries(
    Object.entries(described.paths).map(([path, item]) => {
      const methods = Object.keys(item)
      if (methods.sort().join() !== documentedMethods(route).sort().join())
        throw new Error(`public route ${route.name}: ${path} documents ${methods.join(', ')} but answers ${route.methods.join(', ')}`)
      const operations = Object.entries(item).map(([method, operation]) => {
        const responses = operation.responses as Record<string, { description?: string }>
        return [method, { ...operation, responses: { ...responses, 405: methodNotAllowed(allow, responses[405]) } }]
      })
      return [path, Object.fromEntries(operations)]
    }),
  )
}

/**
 * The OpenAPI 3.1 description of every public endpoint, generated from the routes themselves: the paths
 * and methods they answer, and what each documents from the constants it checks (the public contract,
 * typed by the collections' Payload fields, the filters and their schemas, limits). GraphQL is described
 * as an endpoint, not by its schema.
 */
export const openApiDocument = (
  config: Pick<SanitizedConfig, 'collections' | 'serverURL' | 'custom'> & { db: { defaultIDType?: string } },
  routes: readonly PublicRoute[],
  options: ResolvedRouteOptions,
) => {
  const ids = idKindOf(config.db)
  const parts = routes.filter((route) => route.document).map((route) => ({ route, described: route.document!({ ids, config, options }) }))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai public read API / 政府信息公開 公開接口',
      version: '1',
      description:
        'What government websites, WeChat official accounts and mini-programs may read: published, proactively disclosed records that passed secrecy review, their interpretations, the catalogue and the disclosure guide; search over them, feeds, sitemaps and WeChat articles. Read-only and anonymous. Bodies over 1 KB are compressed (br or gzip) when the client sends Accept-Encoding; each encoding has its own ETag. A method a path does not answer gets 405 with `Allow` listing the ones it does.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: config.serverURL || '/' }],
    // Anonymous: no operation takes credentials.
    security: [],
    paths: Object.assign({}, ...parts.map(({ route, described }) => routePaths(route, described))),
    components: {
      schemas: { ...Object.assign({}, ...parts.map(({ described }) => described.schemas ?? {})), Error: ERROR_SCHEMA },
      responses: RESPONSES,
      headers: {
        ETag: {
          description:
            'The validator: send it back as If-None-Match to get 304 while unchanged. Compressed answers carry their own (`"…-br"`, `"…-gzip"`).',
          schema: { type: 'string' },
        },
        'Cache-Control': {
          description: '`public, max-age=N, must-revalidate` (N from PUBLIC_CACHE_MAX_AGE, default 0)',
          schema: { type: 'string' },
        },
        'X-Cache': { description: 'Whether the response cache answered', schema: { type: 'string', enum: ['HIT', 'MISS', 'BYPASS'] } },
        Vary: {
          description: '`Accept-Encoding` on bodies that may be compressed (with `Origin` when CORS is restricted)',
          schema: { type: 'string' },
        },
      },
    },
  }
}
