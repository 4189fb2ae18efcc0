import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { currentPasswordField, requireCurrentPassword } from '../../hooks/organisation/users/currentPassword.js'
import { forgiveLogin, throttleLogin } from '../../hooks/organisation/users/loginThrottle.js'
import { enforcePasswordPolicy } from '../../hooks/organisation/users/passwordPolicy.js'
import { rateLimiter } from '../../lib/rateLimit.js'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword.js'
import type { ResolvedAccountOptions } from './types.js'

/** Password resets go through the throttled, evenly timed REST route only. */
const resetsThroughRest: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') {
    throw new APIError(
      `請通過 POST /api/${collection.slug}/forgot-password 申請重設密碼 / request a password reset with POST /api/${collection.slug}/forgot-password`,
      403,
      null,
      true,
    )
  }
  return args
}

/**
 * The staff accounts' sign-in rules on an auth collection, keeping its own hooks: the password policy, the
 * current password to change one's own, login and reset throttles (in place of Payload's account lock,
 * which let anyone lock any account), and a `SameSite=Lax` cookie that is `Secure` in production.
 */
export const withAccountRules = (
  users: CollectionConfig,
  options: ResolvedAccountOptions,
  passwordResetInterval: number,
): CollectionConfig => {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  const login = {
    perClient: rateLimiter(options.loginPerClient),
    perAccountClient: rateLimiter(options.loginPerAccountClient),
    perAccount: rateLimiter(options.loginPerAccount),
  }
  const forgot = forgotPasswordEndpoint(users.slug, {
    perClient: rateLimiter(options.forgotPasswordPerClient),
    perAccount: rateLimiter(options.forgotPasswordPerAccount),
    minDurationMs: options.forgotPasswordMinMs,
    trustProxy: options.trustProxy,
  })
  const hooks = users.hooks ?? {}
  return {
    ...users,
    auth: {
      ...auth,
      maxLoginAttempts: 0,
      cookies: { sameSite: 'Lax', ...auth.cookies, secure: options.secureCookies || auth.cookies?.secure },
      forgotPassword: { minRequestInterval: passwordResetInterval, ...auth.forgotPassword },
    },
    hooks: {
      ...hooks,
      beforeOperation: [
        enforcePasswordPolicy,
        throttleLogin(login, options.trustProxy),
        resetsThroughRest,
        ...(hooks.beforeOperation ?? []),
      ],
      afterLogin: [...(hooks.afterLogin ?? []), forgiveLogin(login)],
      beforeChange: [requireCurrentPassword(login, options.trustProxy), ...(hooks.beforeChange ?? [])],
    },
    endpoints: users.endpoints === false ? false : [forgot, ...(users.endpoints ?? [])],
    fields: users.fields.some((field) => 'name' in field && field.name === currentPasswordField.name)
      ? users.fields
      : [...users.fields, currentPasswordField],
  }
}
