import { type Label, label } from '../../core/label.js'

/** The admin language of a request or client: Traditional for `zh-TW`, Simplified otherwise. */
export const inLanguage =
  (language: string | undefined) =>
  (text: Label): string =>
    text[language === 'zh-TW' ? 'zh-TW' : 'zh']

/** The label of a select value among `options`, or the value itself when it has none. */
export const optionLabel = (choices: { value: string; label: Label }[], value: string): Label =>
  choices.find((choice) => choice.value === value)?.label ?? { zh: value, 'zh-TW': value }

/** Words of the review status line. */
export const REVIEW_TEXT = {
  status: label('審查狀態：'),
  reviewer: label('審查人：'),
  at: label('審查時間：'),
  opinion: label('審查意見：'),
  history: label('審查記錄'),
  noHistory: label('尚無審查記錄。'),
  confirmations: label('機關確認'),
  confirmedBy: label('確認人：'),
  confirmedAt: label('確認時間：'),
  note: label('說明：'),
}
