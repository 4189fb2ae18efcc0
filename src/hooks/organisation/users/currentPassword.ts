import type { CollectionBeforeChangeHook, TextField } from 'payload'

import { sameId } from '../../../access/roles.js'
import { label } from '../../../core/label.js'
import { verifyPassword } from '../../../lib/password.js'
import { invalidField } from '../../../core/errors.js'
import type { LoginLimiters } from './loginThrottle.js'
import { accountOf, clientOfRequest, takeAll, tooManyAttempts } from './loginThrottle.js'
import { named } from '../../../core/named.js'

/** Sent with a new `password` when users change their own; never stored. */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: label('當前密碼'),
  admin: {
    description: label('修改本人密碼時填寫。'),
    components: { Field: '@payloadcms/ui#PasswordField' },
    condition: (data, _siblingData, { user }) => Boolean(data?.id) && sameId(data?.id, user?.id),
  },
  hooks: { afterRead: [() => undefined] },
}

/**
 * A user who changes their own password proves they know the current one (a stolen session must not be
 * enough to take the account over). An admin setting another user's password does not need it; a reset
 * by mailed token is the way for a forgotten one. Wrong current passwords count against the login limits
 * of that account, so a session cannot be used to guess the password either.
 */
export const requireCurrentPassword = (limiters: LoginLimiters, trustProxy: number): CollectionBeforeChangeHook =>
  named('requireCurrentPassword', async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || typeof data.password !== 'string' || data.password === '') return data
    const user = req.user
    if (!user || user.collection !== collection.slug || !sameId(user.id, originalDoc?.id)) return data
    const current = data.currentPassword
    if (typeof current !== 'string' || current === '') {
      throw invalidField(req, collection.slug, 'currentPassword', 'password.currentRequired')
    }
    const account = accountOf(user)
    const pair = `${account}\n${clientOfRequest(req, trustProxy)}`
    const wait = takeAll([
      [limiters.perAccountClient, pair],
      [limiters.perAccount, account],
    ])
    if (wait !== null) throw tooManyAttempts(req, wait, 'throttle.password')
    const stored = await req.payload.db.findOne<{ id: number | string; hash?: unknown; salt?: unknown }>({
      collection: collection.slug,
      where: { id: { equals: originalDoc.id } },
      req,
    })
    if (!stored || !(await verifyPassword(current, stored))) {
      throw invalidField(req, collection.slug, 'currentPassword', 'password.currentWrong')
    }
    limiters.perAccountClient.forgive(pair)
    limiters.perAccount.forgive(account)
    delete data.currentPassword
    return data
  })
