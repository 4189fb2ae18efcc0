// fxa-common-password-list ships no types: the reference brings ours along wherever this source is compiled (a host app importing `gongkai`).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported, only referenced
/// <reference path="../types/fxa-common-password-list.d.ts" />
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'

import commonPasswords from 'fxa-common-password-list'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Why a password is refused (a rule code), or `null`: at least 12 characters (counted as characters, so a Chinese
 * passphrase counts what it shows) and not on a common-password list, compared as typed and in lower case.
 */
export const passwordProblem = (password: string): 'tooShort' | 'common' | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return 'common'
  return null
}

/*
 * Payload 3.90 stores `pbkdf2-sha256-v1:<hex>` (600,000 iterations, 32 bytes) or, for older accounts, bare
 * hex (25,000 iterations, 512 bytes), both SHA-256 with the account's salt. Payload does not export its
 * check, so this mirrors `authenticateLocalStrategy` (payload/dist/auth/strategies/local/authenticate.js).
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const derive = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (err, key) => (err ? reject(err) : resolve(key))),
  )

/** Whether `password` matches a stored Payload hash and salt, in constant time. */
export const verifyPassword = async (password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await derive(password, stored.salt, current ? 600_000 : 25_000, current ? 32 : 512)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The work of checking a password against a current hash, for an account that does not exist. */
export const dummyPasswordCheck = async (password: string): Promise<void> => {
  await derive(password, randomBytes(32).toString('hex'), 600_000, 32)
}
