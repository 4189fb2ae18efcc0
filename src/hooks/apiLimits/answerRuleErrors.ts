import type { AfterErrorHook } from 'payload'

type RuleData = { rule: string; errors?: { path?: string }[] }

const ruleDataOf = (error: Error): RuleData | undefined => {
  const data = (error as { data?: unknown }).data
  return data && typeof data === 'object' && typeof (data as RuleData).rule === 'string' ? (data as RuleData) : undefined
}

/**
 * A refusal of one of our rules is answered with its `data` (the rule, the field, and a ValidationError's
 * per-field errors that the admin shows next to the field). Payload formats errors by `instanceof`, which
 * fails in the built app for errors our code throws (its bundle holds another copy of Payload's error
 * classes, under minified names): there the answer kept only the message.
 */
export const answerRuleErrors: AfterErrorHook = ({ error }) => {
  const data = ruleDataOf(error)
  if (!data) return
  const name = Array.isArray(data.errors) ? 'ValidationError' : 'APIError'
  const status = (error as { status?: number }).status ?? 400
  return { status, response: { errors: [{ name, data, message: error.message }] } }
}
