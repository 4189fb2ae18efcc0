import type { PayloadRequest } from 'payload'

import { type Label, label } from './label.js'

/**
 * Every refusal of ours, by rule code: the code (ASCII) is what API consumers match on (`data.rule`), the
 * text is what a person reads, in Traditional and (derived) Simplified; `{name}` is filled from the call.
 */
const CATALOGUE = {
  'attribute.required': '公開屬性必填，草稿亦然。',
  'attribute.reasonRequired': '依申請公開或不予公開的信息須說明理由。',
  'attribute.groundsRequired': '不予公開須有法定依據（第十四條至第十六條）。',
  'attribute.groundsOnProactive': '主動公開的信息不能有不予公開的依據。',
  'review.contentNotOwnDepartment': '只有本機關工作人員可以修改內容。',
  'review.needsReviewer': '審查結果須由已登錄的保密審查員作出。',
  'review.notReviewer': '只有本機關或全市的保密審查員可以作出審查結果。',
  'review.fourEyes': '審查員不能審查自己起草或自上次審查以來修改過的記錄。',
  'review.resultWithChange': '作出審查結果時不能同時修改內容或徵求確認的機關。',
  'review.submitNotAllowed': '只有本機關的信息員可以送審已認定公開屬性的記錄。',
  'agency.askNotOwnDepartment': '只有本機關工作人員可以徵求其他機關確認。',
  'agency.askOwnDepartment': '不能向本機關徵求確認。',
  'agency.departmentFixed': '已徵求的機關不能更換；請撤回後另行徵求。',
  'agency.notAsked': '只有被徵求確認的機關可以確認或提出異議。',
  'agency.withdrawNotAllowed': '只有本機關保密審查員或公開辦可以撤回機關確認請求。',
  'agency.askedTwice': '同一機關只能徵求一次確認。',
  'agency.onlyOwnConfirmation': '被徵求確認的機關只能填寫本機關的確認，不能修改記錄的其他內容或發布狀態。',
  'publish.notOwnDepartment': '只有本機關工作人員可以發布。',
  'publish.notProactive': '只有主動公開的信息可以發布。',
  'publish.notPassed': '保密審查尚未通過，不能發布。',
  'publish.hashChanged': '審查通過後內容或徵求確認的機關已變更，須重新審查。',
  'publish.unconfirmed': '尚有機關未確認，不能發布。',
  'record.newerDraft': '記錄有您無權查看的較新草稿，不能修改。',
  'record.unsafeLink': '鏈接只能指向網頁、電子郵件、電話或本站地址。',
  'record.mediaNotAllowed': '只能引用本機關的文件或已公開的文件（文件編號 {ids}）。',
  'indexNumber.fixed': '索引號由系統分配，不能更改。',
  'indexNumber.needsDepartment': '須選擇發布機構才能分配索引號。',
  'indexNumber.unknownDepartment': '發布機構不存在或沒有機構代碼。',
  'interpretation.required': '須有一篇通過保密審查的政策解讀才能發布。',
  'interpretation.policyNotPublic': '所解讀的政策尚未公開，解讀不能先行發布。',
  'interpretation.policyUnreadable': '所解讀的政策不存在或無權查看（編號 {id}）。',
  'audit.appendOnlyUpdate': '審計日誌只能追加，不能修改。',
  'audit.appendOnlyDelete': '審計日誌只能追加，不能刪除。',
  'user.deactivated': '此帳號已停用。',
  'user.referenced': '帳號仍被記錄或審計日誌引用，不能刪除；請停用帳號（取消「帳號啟用」）。',
  'department.referenced': '機構仍被引用，不能刪除；機構撤銷或合併時請更新其名稱和說明。',
  'password.notText': '密碼須為文字。',
  'password.tooShort': '密碼至少 {min} 個字符。',
  'password.common': '密碼過於常見，請另選。',
  'password.currentRequired': '修改本人密碼須提供當前密碼。',
  'password.currentWrong': '當前密碼不正確。',
  'media.altRequired': '圖片須填寫替代文字，供讀屏軟件朗讀。',
  'media.departmentRequired': '請選擇文件所屬機構。',
  'media.departmentNotOwn': '文件只能歸屬本人所屬機構。',
  'media.typeNotAllowed': '不允許的文件類型（{type}）：{name}',
  'media.imageUnreadable': '無法讀取圖片：{name}',
  'media.imageTooLarge': '圖片過大（{width} × {height}），上限 {megapixels} 百萬像素、邊長 {side}：{name}',
  'media.fileLocked': '文件已被已審查或已發布的記錄引用，不能替換；請上傳新文件並在記錄中改用。',
  'media.stillAttached': '文件仍被記錄引用，不能刪除；請先從記錄中移除。',
  'query.recordRefFilter': '關聯記錄只能以「等於」或「包含於」篩選，且只按可查看的記錄。',
  'query.recordRefSort': '不能按關聯記錄排序。',
  'query.joinFilter': '不能按引用本記錄的記錄（如政策解讀）篩選；請在該類記錄的列表中查找。',
  'throttle.login': '登錄嘗試過於頻繁，請 {wait} 秒後再試。',
  'throttle.password': '密碼嘗試過於頻繁，請 {wait} 秒後再試。',
  'throttle.passwordReset': '重設密碼請求過於頻繁，請 {wait} 秒後再試。',
  'workflow.unknownAction': '沒有這項操作。',
  'workflow.notSubmittable': '記錄已送審或已通過審查，無須再送審。',
  'workflow.notPending': '記錄不在待審查狀態。',
  'workflow.noPendingConfirmation': '沒有待本機關確認的請求。',
  'workflow.opinionRequired': '退回或提出異議須填寫意見。',
  'workflow.notDraft': '記錄沒有待發布的草稿。',
  'workflow.notPublished': '記錄尚未發布。',
} as const

export type RuleCode = keyof typeof CATALOGUE

const LABELS = Object.fromEntries(Object.entries(CATALOGUE).map(([code, text]) => [code, label(text)])) as Record<RuleCode, Label>

/** The request's admin language: Traditional for `zh-TW`, otherwise Simplified (API consumers without one included). */
export const languageOf = (req: Pick<PayloadRequest, 'i18n'> | undefined): keyof Label => (req?.i18n?.language === 'zh-TW' ? 'zh-TW' : 'zh')

/** The rule's message in the request's script, its `{name}` parameters filled in. */
export const ruleMessage = (req: Pick<PayloadRequest, 'i18n'> | undefined, rule: RuleCode, params: Record<string, string> = {}): string =>
  LABELS[rule][languageOf(req)].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
