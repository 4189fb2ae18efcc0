/** Options of `gongkaiSuitePlugin`. */
export type SuitePluginOptions = {
  /**
   * Index number pattern with `{code}`, `{YYYY}` and `{NNNNN}` (the serial, padded to the number of Ns).
   * @default '{code}/{YYYY}-{NNNNN}'
   */
  indexNumberPattern?: string
  /** Maximum upload size in bytes. @default 52428800 (50 MiB) */
  maxUploadBytes?: number
}

export type ResolvedSuiteOptions = Required<SuitePluginOptions>
