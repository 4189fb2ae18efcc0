import { APIError, ValidationError } from 'payload'

/** A refused field value: 400, naming the field and the rule it breaks. */
export const invalidField = (collection: string, path: string, message: string): ValidationError =>
  new ValidationError({ collection, errors: [{ message: `${message} (${path})`, path }] })

/** A refused action: the caller may not do it (403) or it conflicts with the record's state (409). */
export const refused = (message: string, status: 403 | 409 = 403): APIError => new APIError(message, status, null, true)

/** A refused request parameter (query, id, body): the status, and the parameter named in the message and in `data`. */
export const badParameter = (parameter: string, message: string, status: 400 | 404 | 413 | 415 = 400): APIError =>
  new APIError(`${message} (${parameter})`, status, { parameter }, true)
