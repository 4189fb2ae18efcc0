import data from './data/topic-classification.json'

export type Topic = { code: string; name: string }
export type TopicGroup = Topic & { children: readonly Topic[] }

/**
 * The two-level 主題分類 of the State Council policy library (gov.cn), display form 一級 › 二級; the table is
 * data/topic-classification.json (copied from shared/data/topic-classification.json).
 */
export const TOPIC_CLASSIFICATION: readonly TopicGroup[] = data
