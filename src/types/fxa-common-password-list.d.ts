declare module 'fxa-common-password-list' {
  /** Mozilla's list of common passwords (Firefox Accounts): `test` is true when the password is on it. */
  const commonPasswords: { test(password: string): boolean }
  export default commonPasswords
}
