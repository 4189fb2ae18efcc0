import { Converter as SimplifiedConverter } from 'opencc-js/t2cn'
import { Converter as TraditionalConverter } from 'opencc-js/cn2t'

// Character by character (no phrase tables): a search term keeps its words, only its script changes.
const toSimplified = SimplifiedConverter({ from: 'tw', to: 'cn' })
const toTraditional = TraditionalConverter({ from: 'cn', to: 'tw' })

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** A text's forms in both scripts, itself first; just itself when it has no Chinese or both forms are the same. */
export const scriptVariants = (text: string): string[] =>
  CJK.test(text) ? [...new Set([text, toSimplified(text), toTraditional(text)])] : [text]

/** The operators whose value is matched as text. */
const TEXT_OPERATORS = new Set(['like', 'contains'])

type Condition = Record<string, unknown>
type WhereLike = Record<string, unknown>

const rewriteField = (field: string, condition: unknown): WhereLike => {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return { [field]: condition }
  const entries = Object.entries(condition as Condition)
  const textual = entries.filter(([operator, value]) => TEXT_OPERATORS.has(operator) && typeof value === 'string')
  const variants = textual.map(([operator, value]) => [operator, scriptVariants(value as string)] as const)
  if (variants.every(([, forms]) => forms.length === 1)) return { [field]: condition }
  const rest = Object.fromEntries(entries.filter(([operator]) => !textual.some(([other]) => other === operator)))
  const alternatives = variants.map(([operator, forms]) => ({ or: forms.map((form) => ({ [field]: { [operator]: form } })) }))
  const parts = [...(Object.keys(rest).length > 0 ? [{ [field]: rest }] : []), ...alternatives]
  return parts.length === 1 ? parts[0] : { and: parts }
}

/**
 * A `where` in which every `like` or `contains` on Chinese text also matches the text in the other script:
 * `{ name: { like: '财政局' } }` becomes `{ or: [{ name: { like: '财政局' } }, { name: { like: '財政局' } }] }`.
 * Everything else is kept as it was; the input is not changed.
 */
export const withBothScripts = <W extends WhereLike>(where: W): W => {
  const parts = Object.entries(where).map(([key, value]): WhereLike => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return { [key]: value.map((part: WhereLike) => withBothScripts(part)) }
    return rewriteField(key, value)
  })
  if (parts.every((part, index) => Object.keys(part)[0] === Object.keys(where)[index])) return Object.assign({}, ...parts) as W
  return (parts.length === 1 ? parts[0] : { and: parts }) as W
}
