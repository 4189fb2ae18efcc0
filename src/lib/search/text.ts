/** The plain text of a Lexical document: text nodes joined, block nodes on their own lines. */
export const lexicalText = (value: unknown): string => {
  const out: string[] = []
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    if (Array.isArray(node.children)) {
      for (const child of node.children) walk(child)
      if (node.type !== 'root' && node.type !== 'link' && node.type !== 'autolink') out.push('\n')
    }
  }
  walk((value as any)?.root)
  return out.join('').replace(/\n{2,}/g, '\n').trim()
}
