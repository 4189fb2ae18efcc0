import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { isStaff } from '../../access/roles.js'
import type { ResolvedApiLimitsOptions } from './options.js'
import { badParameter } from '../../core/errors.js'
import { checkPage } from './checkPage.js'
import { checkWhere, collectionOf, idTypeOf, isIdValue } from './checkWhere.js'
import { named } from '../../core/named.js'

type Args = Record<string, unknown>

/**
 * Requests whose first operation has been checked. What runs inside that operation with the same
 * request (relationship population, GraphQL join fields) is Payload's own doing, not the client's
 * page size, so only the first is held to the page caps.
 */
const checkedRequests = new WeakSet<PayloadRequest>()

/** Checked: what a REST or GraphQL client sent. Not checked: the Local API, and Payload's batched reads by id. */
const fromClient = (args: Args, req: PayloadRequest): boolean =>
  (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') && args.overrideAccess !== true && args.disableErrors !== true

const joinCollectionOf = (fields: FlattenedField[], path: string): string | undefined => {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return undefined
  if (field.type === 'join') return rest.length === 0 && typeof field.collection === 'string' ? field.collection : undefined
  return 'flattenedFields' in field ? joinCollectionOf(field.flattenedFields, rest.join('.')) : undefined
}

const checkJoins = (args: Args, req: PayloadRequest, slug: string, max: number, options: ResolvedApiLimitsOptions) => {
  if (!args.joins || typeof args.joins !== 'object') return
  const fields = collectionOf(req.payload, slug)?.config.flattenedFields ?? []
  for (const [path, join] of Object.entries(args.joins as Record<string, unknown>)) {
    if (!join || typeof join !== 'object') continue
    checkPage(join, max, (parameter) => `joins[${path}][${parameter}]`)
    const target = joinCollectionOf(fields, path)
    if (target) checkWhere(req.payload, target, (join as Args).where, options)
  }
}

const checkId = (args: Args, req: PayloadRequest, slug: string) => {
  if (args.id === undefined) return
  const raw = typeof req.routeParams?.id === 'string' ? req.routeParams.id : args.id
  if (!isIdValue(raw, idTypeOf(req.payload, slug))) {
    throw badParameter(
      'id',
      `編號格式錯誤 / id must be an integer id of a ${slug} document (got ${JSON.stringify(String(raw)).slice(0, 40)})`,
    )
  }
}

/**
 * The staff API's bounds on what one request may ask (README "Limits of the staff API"): page sizes
 * (anonymous callers and staff have their own cap; admins are staff), ids, `where` and joins.
 * A collection `beforeOperation` hook, so REST and GraphQL are held alike.
 */
export const checkApiArguments = (options: ResolvedApiLimitsOptions): CollectionBeforeOperationHook =>
  named('checkApiArguments', ({ args, collection, operation, req }) => {
    const operationArgs = args as Args
    if (!fromClient(operationArgs, req)) return args
    checkWhere(req.payload, collection.slug, operationArgs.where, options)
    if (checkedRequests.has(req)) return args
    checkedRequests.add(req)
    const max = isStaff(req.user) ? options.staffPageLimit : options.anonymousPageLimit
    if (operation === 'read' || operation === 'readDistinct') checkPage(operationArgs, max)
    checkJoins(operationArgs, req, collection.slug, max, options)
    checkId(operationArgs, req, collection.slug)
    return args
  })
