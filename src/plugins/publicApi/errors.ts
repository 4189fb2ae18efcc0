/** A refusal of the public API: a 4xx with a message that names the parameter at fault. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
  ) {
    super(message)
  }
}

export const badParam = (param: string, message: string) => new PublicApiError(400, `${param}: ${message}`, param)
export const notFound = (message = 'Not Found / 未找到') => new PublicApiError(404, message)

export const METHOD_NOT_ALLOWED = 'method not allowed; the public API is read-only / 方法不允許，公開接口只讀'
