import type { CollectionBeforeOperationHook } from 'payload'

import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../../lib/password.js'
import { invalidField } from '../../../core/errors.js'

/**
 * The password policy on every path that sets a password: create (and the first registration), update
 * and reset by token. Runs before the operation, so Payload never hashes a refused password.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  // An update without a password (or with an empty one, as the admin sends) leaves it unchanged.
  if (password === undefined || password === null || (operation === 'update' && password === '')) return args
  const problem = typeof password === 'string' ? passwordProblem(password) : 'notText'
  if (problem) throw invalidField(req, collection.slug, 'password', `password.${problem}`, { min: String(MIN_PASSWORD_LENGTH) })
  return args
}
