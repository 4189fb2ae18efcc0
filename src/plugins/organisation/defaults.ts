import { MAX_UPLOAD_BYTES } from '../../collections/organisation/Media/index.js'
import type { AccountOptions, OrganisationPluginOptions, ResolvedAccountOptions, ResolvedOrganisationOptions } from './types.js'

const MINUTE = 60_000

const resolveAccountOptions = (options: AccountOptions = {}): ResolvedAccountOptions => {
  const resolved = {
    secureCookies: options.secureCookies ?? true,
    trustProxy: options.trustProxy ?? 0,
    loginPerClient: options.loginPerClient ?? { limit: 30, windowMs: 15 * MINUTE },
    loginPerAccountClient: options.loginPerAccountClient ?? { limit: 5, windowMs: 15 * MINUTE },
    loginPerAccount: options.loginPerAccount ?? { limit: 10, windowMs: MINUTE },
    forgotPasswordPerClient: options.forgotPasswordPerClient ?? { limit: 10, windowMs: 15 * MINUTE },
    forgotPasswordPerAccount: options.forgotPasswordPerAccount ?? { limit: 5, windowMs: 60 * MINUTE },
    forgotPasswordMinMs: options.forgotPasswordMinMs ?? 500,
  }
  if (!Number.isInteger(resolved.trustProxy) || resolved.trustProxy < 0) {
    throw new Error(`organisationPlugin: accounts.trustProxy must be a whole number of proxies (0 or more), not ${resolved.trustProxy}.`)
  }
  return resolved
}

export const resolveOrganisationOptions = (options: OrganisationPluginOptions): ResolvedOrganisationOptions => ({
  maxUploadBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES,
  passwordResetInterval: options.passwordResetInterval ?? 15_000,
  accounts: resolveAccountOptions(options.accounts),
})
