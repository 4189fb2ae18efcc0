const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** Ranges of every occurrence of any term in `folded`, merged where they touch. */
const rangesOf = (folded: string, terms: string[], from = 0, to = folded.length): [number, number][] => {
  const ranges: [number, number][] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term, from); at !== -1 && at + term.length <= to; at = folded.indexOf(term, at + 1))
      ranges.push([at, at + term.length])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** `original[from, to)` as HTML-escaped text with each match in `<mark>`; `folded` is the same text folded. */
export const highlight = (original: string, folded: string, terms: string[], from = 0, to = original.length): string => {
  let out = ''
  let at = from
  for (const [start, end] of rangesOf(folded, terms, from, to)) {
    out += `${escapeHtml(original.slice(at, start))}<mark>${escapeHtml(original.slice(start, end))}</mark>`
    at = end
  }
  return out + escapeHtml(original.slice(at, to))
}

/** A window of about `width` characters around the first match, highlighted; the start of the text when nothing matches. */
export const snippet = (original: string, folded: string, terms: string[], width = 96): string => {
  const positions = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0)
  const first = positions.length ? Math.min(...positions) : 0
  let start = Math.max(0, first - Math.floor(width / 4))
  const lineStart = original.lastIndexOf('\n', first)
  if (lineStart >= start) start = lineStart + 1
  const end = Math.min(original.length, start + width)
  const text = highlight(original, folded, terms, start, end).replace(/\n/g, ' ')
  return `${start > 0 ? '…' : ''}${text}${end < original.length ? '…' : ''}`
}
