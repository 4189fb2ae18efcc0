import { Converter } from 'opencc-js/cn2t'

import { TOPIC_CLASSIFICATION } from './topicClassification.js'

// The classification is published in Simplified; the Traditional admin shows it character by character.
const toTraditional = Converter({ from: 'cn', to: 'tw' })

/** 主題分類 of the State Council policy library as select options: second-level codes, labelled 一級 › 二級 in each script. */
export const topicOptions = () =>
  TOPIC_CLASSIFICATION.flatMap((parent) =>
    parent.children.map((child) => {
      const text = `${parent.name} › ${child.name}`
      return { value: child.code, label: { zh: text, 'zh-TW': toTraditional(text) } }
    }),
  )
