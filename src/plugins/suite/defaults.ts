import { DEFAULT_INDEX_NUMBER_PATTERN, validateIndexNumberPattern } from '../../lib/indexNumber.js'
import { MAX_UPLOAD_BYTES } from '../../collections/Media/index.js'
import type { ResolvedSuiteOptions, SuitePluginOptions } from './types.js'

export const resolveSuiteOptions = (options: SuitePluginOptions): ResolvedSuiteOptions => {
  const resolved = {
    indexNumberPattern: options.indexNumberPattern ?? DEFAULT_INDEX_NUMBER_PATTERN,
    maxUploadBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES,
    passwordResetInterval: options.passwordResetInterval ?? 15_000,
  }
  const problem = validateIndexNumberPattern(resolved.indexNumberPattern)
  if (problem) throw new Error(`gongkaiSuitePlugin: ${problem}; use e.g. '${DEFAULT_INDEX_NUMBER_PATTERN}'.`)
  return resolved
}
