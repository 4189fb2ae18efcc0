/** The Lexical document Payload's rich-text fields store: a root of plain paragraphs, built by hand. */
export type LexicalDocument = {
  root: {
    type: 'root'
    children: LexicalParagraph[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

type LexicalText = { type: 'text'; text: string; detail: 0; format: 0; mode: 'normal'; style: ''; version: 1 }

type LexicalParagraph = {
  type: 'paragraph'
  children: LexicalText[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  version: 1
}

const paragraph = (text: string): LexicalParagraph => ({
  type: 'paragraph',
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

/** One paragraph per string. */
export const richText = (...paragraphs: string[]): LexicalDocument => ({
  root: { type: 'root', children: paragraphs.map(paragraph), direction: 'ltr', format: '', indent: 0, version: 1 },
})
