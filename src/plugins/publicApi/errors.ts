/** A refusal of the public API: a 4xx with a message that names the parameter at fault. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
    /** Headers the refusal carries (`Allow` on a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const badParam = (param: string, message: string) => new PublicApiError(400, `${param}: ${message}`, param)
export const notFound = (message = 'Not Found / 未找到') => new PublicApiError(404, message)

/** The `Allow` header of a path answering `methods`: every path also answers OPTIONS (the CORS preflight). */
export const allowOf = (methods: readonly string[]) => [...methods, 'OPTIONS'].join(', ')

/** The one refusal of a method a path does not answer, naming the ones it does. */
export const methodNotAllowed = (method: string, methods: readonly string[]) => {
  const allow = allowOf(methods)
  return new PublicApiError(405, `${method} not allowed; this path answers ${allow} / 方法不允許`, undefined, { Allow: allow })
}
