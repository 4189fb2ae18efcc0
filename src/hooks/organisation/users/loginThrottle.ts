import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { dummyPasswordCheck } from '../../../lib/password.js'
import type { RateLimiter } from '../../../lib/rateLimit.js'
import { clientAddressOf } from '../../../lib/rateLimit.js'
import { type RuleCode, ruleMessage } from '../../../core/messages.js'
import { named } from '../../../core/named.js'

const TAKEN = 'gongkaiLoginThrottleTaken'

/** The limiters of one auth collection (per instance: with several instances a client gets instances × limit). */
export type LoginLimiters = { perClient: RateLimiter; perAccountClient: RateLimiter; perAccount: RateLimiter }

/** The client of a staff request: its trusted `X-Forwarded-For` entry (Next has no socket address to offer). */
export const clientOfRequest = (req: PayloadRequest, trustProxy: number): string =>
  clientAddressOf((name) => req.headers.get(name), undefined, trustProxy)

/** The account a login or reset names, as Payload compares it; the same for accounts that do not exist. */
export const accountOf = (data: unknown): string => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const value = typeof username === 'string' && username ? username : email
  return typeof value === 'string' ? value.toLowerCase().trim() : ''
}

/** Counts one request on each limiter in turn; a refused one stops the count, so it burns no later budget. */
export const takeAll = (steps: [RateLimiter, string][]): number | null => {
  for (const [limiter, key] of steps) {
    const wait = limiter.take(key)
    if (wait !== null) return wait
  }
  return null
}

/** 429 with `Retry-After`, through Payload's error response (it merges `req.responseHeaders`). */
export const tooManyAttempts = (req: PayloadRequest, wait: number, rule: RuleCode): APIError => {
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(wait))
  req.responseHeaders = headers
  return new APIError(ruleMessage(req, rule, { wait: String(wait) }), 429, { rule, field: null }, true)
}

/**
 * Login throttle, in place of Payload's lock (five wrong passwords locked an account for 15 minutes for
 * whoever sent them). Every attempt counts and a successful one is given back, so the limits count
 * failures: per client (password spraying), per account and client (guessing one account from one place),
 * and per account from everywhere in a short window (guessing from many addresses), so nobody can lock
 * the owner out for longer than that window. An unknown account costs a password check too, and takes the
 * same counters, so neither timing nor a 429 tells whether it exists. Server code (Local API) is not limited.
 */
export const throttleLogin = (limiters: LoginLimiters, trustProxy: number): CollectionBeforeOperationHook =>
  named('throttleLogin', async ({ args, collection, operation, req }) => {
    if (operation !== 'login' || req.payloadAPI === 'local') return args
    const account = accountOf(args.data)
    const client = clientOfRequest(req, trustProxy)
    const wait = takeAll([
      [limiters.perClient, client],
      [limiters.perAccountClient, `${account}\n${client}`],
      [limiters.perAccount, account],
    ])
    if (wait !== null) throw tooManyAttempts(req, wait, 'throttle.login')
    req.context[TAKEN] = { account, client }
    const password = (args.data as { password?: unknown }).password
    if (account && typeof password === 'string' && password) {
      const field =
        typeof (args.data as { username?: unknown }).username === 'string' && collection.auth.loginWithUsername ? 'username' : 'email'
      const user = await req.payload.db.findOne({ collection: collection.slug, where: { [field]: { equals: account } }, req })
      if (!user) await dummyPasswordCheck(password)
    }
    return args
  })

/** A login that succeeded does not count against its client or account. */
export const forgiveLogin = (limiters: LoginLimiters): CollectionAfterLoginHook =>
  named('forgiveLogin', ({ req, user }) => {
    const taken = req.context[TAKEN] as { account: string; client: string } | undefined
    if (!taken) return user
    delete req.context[TAKEN]
    limiters.perClient.forgive(taken.client)
    limiters.perAccountClient.forgive(`${taken.account}\n${taken.client}`)
    limiters.perAccount.forgive(taken.account)
    return user
  })
