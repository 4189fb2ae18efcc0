/** The plain text of a Lexical document: text nodes joined, block nodes on their own lines. */
export const lexicalText = (value: unknown): string => {
  const out: string[] = []
  const walk = (item: unknown) => {
    if (!item || typeof item !== 'object') return
    const node = item as { type?: unknown; text?: unknown; children?: unknown }
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    if (Array.isArray(node.children)) {
      for (const child of node.children) walk(child)
      if (node.type !== 'root' && node.type !== 'link' && node.type !== 'autolink') out.push('\n')
    }
  }
  walk((value as { root?: unknown } | null | undefined)?.root)
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
