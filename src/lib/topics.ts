import { TOPIC_CLASSIFICATION } from './topicClassification.js'

/** 主題分類 of the State Council policy library as select options: second-level codes, labelled 一級\二級. */
export const topicOptions = () =>
  TOPIC_CLASSIFICATION.flatMap((parent) =>
    parent.children.map((child) => {
      const text = `${parent.name}\\${child.name}`
      return { value: child.code, label: { zh: text, 'zh-TW': text } }
    }),
  )
