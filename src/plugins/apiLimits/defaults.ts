import { ANONYMOUS_PAGE_LIMIT, STAFF_PAGE_LIMIT } from '../../access/apiLimits/pageLimits.js'
import type { ApiLimitsPluginOptions, ResolvedApiLimitsOptions } from './types.js'

export const resolveApiLimitsOptions = (options: ApiLimitsPluginOptions): ResolvedApiLimitsOptions => {
  const resolved: ResolvedApiLimitsOptions = {
    anonymousPageLimit: options.anonymousPageLimit ?? ANONYMOUS_PAGE_LIMIT,
    staffPageLimit: options.staffPageLimit ?? STAFF_PAGE_LIMIT,
    maxWhereConditions: options.maxWhereConditions ?? 100,
    maxWhereDepth: options.maxWhereDepth ?? 8,
    maxListValues: options.maxListValues ?? 500,
    maxWhereValues: options.maxWhereValues ?? 2000,
    maxValueLength: options.maxValueLength ?? 1000,
    maxLikeWords: options.maxLikeWords ?? 50,
  }
  for (const [key, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`apiLimitsPlugin: ${key} must be a positive integer (got ${value}).`)
  }
  return resolved
}
