import { badParameter } from '../../core/errors.js'

type PageArgs = { limit?: unknown; page?: unknown; pagination?: unknown }

const isPositiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1

/**
 * One list's page: `limit` from 1 to `max` (Payload reads 0 as "everything"), `page` from 1, and
 * `pagination=false` only together with such a limit. Out-of-range values are refused, not clamped,
 * so a client that asked for everything learns it did not get it. `name` spells a join's parameters.
 */
export const checkPage = (args: PageArgs, max: number, name: (parameter: string) => string = (parameter) => parameter): void => {
  const limit = args.limit ?? undefined
  if (limit !== undefined && !(isPositiveInteger(limit) && limit <= max)) {
    throw badParameter(
      name('limit'),
      `每頁條數須為 1 至 ${max} 的整數 / limit must be an integer from 1 to ${max} (got ${JSON.stringify(limit)})`,
    )
  }
  if ((args.pagination === false || args.pagination === 'false') && limit === undefined) {
    throw badParameter(name('pagination'), `不可關閉分頁 / pagination cannot be turned off without a limit of at most ${max}`)
  }
  const page = args.page ?? undefined
  if (page !== undefined && !isPositiveInteger(page)) {
    throw badParameter(name('page'), `頁碼須為正整數 / page must be a positive integer (got ${JSON.stringify(page)})`)
  }
}
