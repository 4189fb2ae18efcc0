import {
  APIError,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  ValidationError,
  type ValidationFieldError,
} from 'payload'

import { label } from './label.js'
import { type RuleCode, ruleMessage } from './messages.js'

/** Fields Payload adds itself (an upload's file, an account's password): not in the collection's own fields. */
const PAYLOAD_FIELD_LABELS: Record<string, ReturnType<typeof label>> = { file: label('文件'), password: label('密碼') }

type Params = Record<string, string>

/** The label of the field at `path` (array indexes skipped), for Payload's own "following field is invalid" line. */
const fieldLabel = (req: PayloadRequest, collection: string, path: string) => {
  let fields: FlattenedField[] | undefined = req.payload?.collections?.[collection as CollectionSlug]?.config.flattenedFields
  let found: FlattenedField | undefined
  for (const segment of path.split('.').filter((part) => !/^\d+$/.test(part))) {
    const field: FlattenedField | undefined = fields?.find((candidate) => candidate.name === segment)
    found = field
    fields = field && 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return (found?.label as ValidationFieldError['label'] | false | undefined) || PAYLOAD_FIELD_LABELS[path] || label('此欄位')
}

/**
 * A refused field value: 400, the rule's message in the user's script next to the field (`errors[].path`),
 * Payload's own summary translated (`req.t`), and `data.rule` / `data.field` for API consumers.
 */
export const invalidField = (req: PayloadRequest, collection: string, path: string, rule: RuleCode, params?: Params): ValidationError => {
  const message = ruleMessage(req, rule, params)
  const error = new ValidationError({ collection, errors: [{ message, path, label: fieldLabel(req, collection, path) }], req }, req.t)
  // Payload's summary names the field; the rule's message follows it, so a toast or a job log says why.
  error.message = `${error.message}。${message}`
  Object.assign(error.data, { rule, field: path })
  return error
}

/** A refused action: the caller may not do it (403), it conflicts with the record's state (409), or a query asks what it may not (400). */
export const refused = (
  req: PayloadRequest,
  rule: RuleCode,
  options: { status?: 400 | 403 | 409; field?: string; params?: Params } = {},
): APIError => new APIError(ruleMessage(req, rule, options.params), options.status ?? 403, { rule, field: options.field ?? null }, true)

/** A refused request parameter (query, id, body): the status, and the parameter named in the message and in `data`. */
export const badParameter = (parameter: string, message: string, status: 400 | 404 | 413 | 415 = 400): APIError =>
  new APIError(`${message} (${parameter})`, status, { parameter }, true)
