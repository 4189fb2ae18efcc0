/** Options of `gongkaiSuitePlugin`. */
export type SuitePluginOptions = {
  /**
   * Index number pattern with `{code}`, `{YYYY}` and `{NNNNN}` (the serial, padded to the number of Ns).
   * @default '{code}/{YYYY}-{NNNNN}'
   */
  indexNumberPattern?: string
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

export type ResolvedSuiteOptions = Required<SuitePluginOptions>
