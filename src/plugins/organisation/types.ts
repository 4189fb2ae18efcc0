import type { RateLimit } from '../publicApi/rateLimit.js'

/** Sign-in protection of the staff accounts (ASVS level 2). Limits are per instance. */
export type AccountOptions = {
  /**
   * `Secure` on the session cookie (it is `SameSite=Lax` always). Browsers accept it from http://localhost too;
   * turn it off only for plain-http development on another host name. @default true
   */
  secureCookies?: boolean
  /**
   * Proxies in front of the app whose `X-Forwarded-For` entry names the client (0: the last entry, which a
   * client can set itself when no proxy overwrites it; the per-account limit holds regardless). @default 0
   */
  trustProxy?: number
  /** Failed logins per client address, over all accounts. @default 30 per 15 minutes */
  loginPerClient?: RateLimit
  /** Failed logins per account from one client. @default 5 per 15 minutes */
  loginPerAccountClient?: RateLimit
  /** Failed logins per account from all clients: short, so an attack keeps the owner out a minute at most. @default 10 per minute */
  loginPerAccount?: RateLimit
  /** Password-reset requests per client address. @default 10 per 15 minutes */
  forgotPasswordPerClient?: RateLimit
  /** Password-reset requests per address asked for (known or not). @default 5 per hour */
  forgotPasswordPerAccount?: RateLimit
  /** The least time a reset answer takes, known address or not, in ms. @default 500 */
  forgotPasswordMinMs?: number
}

export type ResolvedAccountOptions = Required<AccountOptions>

/** Options of `organisationPlugin`: departments, staff accounts, catalogue, audit log and media. */
export type OrganisationPluginOptions = {
  /** Password policy, throttles and cookies of the staff accounts; see `AccountOptions`. */
  accounts?: AccountOptions
  /** Maximum upload size in bytes. @default 52428800 (50 MiB) */
  maxUploadBytes?: number
  /**
   * Minimum time between two password-reset mails to one account, in ms (Payload's throttle). Payload
   * reserves the slot with a write outside the request's transaction, which a SQLite database with
   * transactions on refuses ("database is locked"): set 0 there.
   * @default 15000
   */
  passwordResetInterval?: number
}

export type ResolvedOrganisationOptions = Required<Omit<OrganisationPluginOptions, 'accounts'>> & { accounts: ResolvedAccountOptions }
