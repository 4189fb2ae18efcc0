import { Converter } from 'opencc-js/t2cn'

const toSimplified = Converter({ from: 'tw', to: 'cn' })

/** Admin languages: Simplified (`zh`) and Traditional (`zh-TW`) Chinese. */
export type Label = { zh: string; 'zh-TW': string }

/** A label written once in Traditional Chinese, with its Simplified form derived by OpenCC. */
export const label = (traditional: string): Label => ({
  'zh-TW': traditional,
  zh: toSimplified(traditional),
})

/** Select options from `[value, Traditional label]` pairs; values stay ASCII (GraphQL enum names). */
export const options = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([value, text]) => ({ label: label(text), value }))
