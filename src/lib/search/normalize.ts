import { Converter } from 'opencc-js/t2cn'

const traditionalToSimplified = Converter({ from: 'tw', to: 'cn' })

/**
 * One code unit in, one code unit out, so that a position in the folded text is the same position in the
 * original (snippets and highlights are cut from the original). OpenCC converts each character alone:
 * context rules (乾/干) do not matter for matching, as long as the query and the text fold the same way.
 */
/** Code unit → folded code unit, filled as characters are first seen (0: not yet seen). */
const folded = new Uint16Array(0x10000)

const foldUnit = (code: number): number => {
  // ASCII: case-insensitive.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code
  // Full-width forms (ＡＢＣ１２３) fold to ASCII; the ideographic space to a space.
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(code - 0xfee0)
  if (code === 0x3000) return 0x20
  // Surrogates (CJK extension B and beyond) stay as they are.
  if (code >= 0xd800 && code <= 0xdfff) return code
  let to = folded[code]
  if (to === 0) {
    const converted = traditionalToSimplified(String.fromCharCode(code))
    to = converted.length === 1 ? converted.charCodeAt(0) : code
    folded[code] = to
  }
  return to
}

/** Search folding: Traditional → Simplified, full-width → ASCII, upper → lower case; length preserved. */
export const fold = (text: string): string => {
  let out = ''
  let chunk: number[] = []
  for (let i = 0; i < text.length; i++) {
    chunk.push(foldUnit(text.charCodeAt(i)))
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk)
      chunk = []
    }
  }
  return out + String.fromCharCode(...chunk)
}

/** Characters that never take part in a match: whitespace and punctuation split terms. */
const SEPARATOR = /[\s\p{P}\p{S}]+/u

/** The terms of a query, folded: runs of letters, digits and ideographs. */
export const queryTerms = (q: string): string[] => [...new Set(fold(q).split(SEPARATOR).filter(Boolean))]
