import type { CollectionSlug, Endpoint } from 'payload'
import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { accountOf, clientOfRequest, takeAll, tooManyAttempts } from '../../../hooks/organisation/users/loginThrottle.js'
import type { RateLimiter } from '../../../lib/rateLimit.js'

export type ForgotPasswordGuard = { perClient: RateLimiter; perAccount: RateLimiter; minDurationMs: number; trustProxy: number }

/** A known account's reset never makes the answer wait longer than this for everyone. */
const MAX_PADDING_MS = 10_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Payload's forgot-password route with a throttle per client and per account, answering the same, after
 * about the same time, whether the address is known or not. Payload's operation sends the mail only for
 * a known address, so both answers are held to at least `minDurationMs` and to 1.5 × the typical time of
 * a known one (a moving average): the wait is after the transaction, holding no lock or connection.
 */
export const forgotPasswordEndpoint = (slug: string, guard: ForgotPasswordGuard): Endpoint => {
  let typicalKnownMs = 0
  return {
    path: '/forgot-password',
    method: 'post',
    handler: async (req) => {
      await addDataAndFileToRequest(req)
      const email = typeof req.data?.email === 'string' ? req.data.email : ''
      const username = typeof req.data?.username === 'string' ? req.data.username : undefined
      const wait = takeAll([
        [guard.perClient, clientOfRequest(req, guard.trustProxy)],
        [guard.perAccount, accountOf({ email, username })],
      ])
      if (wait !== null) throw tooManyAttempts(req, wait, 'throttle.passwordReset')
      const started = Date.now()
      let known: boolean
      try {
        const data = username === undefined ? { email } : { email, username }
        known = Boolean(await req.payload.forgotPassword({ collection: slug as CollectionSlug, data: data as { email: string }, req }))
      } catch (err) {
        if (err instanceof APIError && err.status < 500) throw err
        // A failed mail to a known address must not answer differently from an unknown one; staff see the log.
        req.payload.logger.error({ err, msg: 'password reset mail failed' })
        known = true
      }
      const elapsed = Date.now() - started
      if (known) typicalKnownMs = typicalKnownMs ? typicalKnownMs * 0.8 + elapsed * 0.2 : elapsed
      await sleep(Math.min(MAX_PADDING_MS, Math.max(guard.minDurationMs, typicalKnownMs * 1.5)) - elapsed)
      return Response.json(
        { message: req.t('general:success') },
        { status: 200, headers: headersWithCors({ headers: new Headers(), req }) },
      )
    },
  }
}
