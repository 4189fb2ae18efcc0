import type { DemoInterpretation, DemoRecord } from './types.js'

/** Public records of 市財政局, published on the old site in 2010–2014 (figures fictional). */
export const RECORDS_PUBLISHED = {
  budgetPublication: {
    title: '關於做好2014年市級部門預算和“三公”經費預算公開工作的通知',
    documentNumber: '青財預〔2014〕12號',
    writtenOn: '2014-03-18',
    publishedOn: '2014-03-21',
    topic: '0401',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['預算公開', '“三公”經費'],
    summary: '要求市直各部門在預算批覆後20日內公開本部門預算和“三公”經費預算，明確公開內容、方式和時間。',
    catalogue: ['04-01'],
    body: [
      '市直各部門、各單位：',
      '按照《近期全市政府信息公開工作要點》要求，除涉密部門外，所有使用財政撥款的部門和單位都要公開本部門當年預算和“三公”經費預算。',
      '預算公開到支出功能分類的項級科目；“三公”經費預算要細化說明因公出國（境）、公務用車購置及運行、公務接待的安排情況。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  procurementCatalogue: {
    title: '關於印發青島市2014—2015年政府集中採購目錄及採購限額標準的通知',
    documentNumber: '青財採〔2014〕5號',
    writtenOn: '2014-04-10',
    publishedOn: '2014-04-16',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['政府採購', '集中採購目錄', '限額標準'],
    summary: '公布2014—2015年度市級政府集中採購目錄和採購限額標準，貨物和服務項目公開招標數額標準為200萬元。',
    catalogue: ['05-04'],
    effectiveFrom: '2014-05-01',
    body: [
      '各區、市財政局，市直各部門、各單位：',
      '現將《青島市2014—2015年政府集中採購目錄及採購限額標準》印發給你們，請遵照執行。',
      '集中採購目錄以內的項目，應當委托集中採購機構代理採購；貨物和服務項目單項或批量採購金額達到200萬元以上的，應當採用公開招標方式。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Involves 市審計局's findings: confirmed with that agency before publication (Art. 11). */
  auditRectification: {
    title: '關於2013年度市級預算執行和其他財政收支審計查出問題整改情況的報告',
    documentNumber: '青財監〔2014〕8號',
    writtenOn: '2014-10-15',
    publishedOn: '2014-10-22',
    topic: '0408',
    genre: 'report',
    documentKind: 'other',
    keywords: ['審計整改', '預算執行'],
    summary: '報告2013年度市級預算執行審計查出問題的整改情況：已整改金額、完善的制度和仍在整改的事項。',
    catalogue: ['04-03'],
    body: [
      '市審計局對2013年度市級預算執行和其他財政收支情況進行了審計，提出了加強預算管理的意見。',
      '截至2014年9月底，審計查出的問題已整改到位金額3.2億元，完善相關制度11項；其餘事項正在整改，將在年底前報告結果。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  budgetRules2010: {
    title: '關於印發《青島市市級部門預算管理辦法》的通知',
    documentNumber: '青財預〔2010〕15號',
    writtenOn: '2010-04-12',
    publishedOn: '2010-04-19',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['部門預算', '管理辦法'],
    summary: '規範市級部門預算的編制、執行、調整和監督，自2010年5月1日起施行。',
    catalogue: ['04-01'],
    effectiveFrom: '2010-05-01',
    body: ['市直各部門、各單位：', '《青島市市級部門預算管理辦法》已經市政府同意，現印發給你們，請認真貫徹執行。'],
    disclosure: { attribute: 'proactive' },
  },
  budgetRules2014: {
    title: '關於印發修訂後的《青島市市級部門預算管理辦法》的通知',
    documentNumber: '青財預〔2014〕18號',
    writtenOn: '2014-05-16',
    publishedOn: '2014-05-22',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['部門預算', '管理辦法', '績效目標'],
    summary: '修訂市級部門預算管理辦法，將“三公”經費和項目支出績效目標納入預算編制，自2014年6月1日起施行，原辦法同時廢止。',
    catalogue: ['04-01'],
    effectiveFrom: '2014-06-01',
    body: [
      '市直各部門、各單位：',
      '為適應預算管理制度改革的要求，我局對《青島市市級部門預算管理辦法》進行了修訂，現印發給你們，自2014年6月1日起施行。',
      '《青島市市級部門預算管理辦法》（青財預〔2010〕15號）同時廢止。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** A policy published together with its interpretations (同步發布). */
  specialFunds: {
    title: '關於印發《青島市市級財政專項資金管理辦法》的通知',
    documentNumber: '青財預〔2014〕22號',
    writtenOn: '2014-07-08',
    publishedOn: '2014-07-15',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['專項資金', '績效評價', '資金管理'],
    summary: '對市級財政專項資金的設立、分配、使用、績效評價和信息公開作出規定，專項資金實行目錄管理和定期評估退出。',
    catalogue: ['04-01'],
    effectiveFrom: '2014-08-01',
    requiresInterpretation: true,
    body: [
      '市直各部門、各單位：',
      '《青島市市級財政專項資金管理辦法》已經市政府同意，現印發給你們，自2014年8月1日起施行。',
      '專項資金的設立依據、分配辦法、分配結果和績效評價結果，除涉及國家秘密的外，應當向社會公開。',
    ],
    disclosure: { attribute: 'proactive' },
  },
} satisfies Record<string, DemoRecord>

export const INTERPRETATIONS = [
  {
    title: '《青島市市級財政專項資金管理辦法》解讀',
    policy: 'specialFunds',
    form: 'text',
    interpreter: '市財政局預算處',
    body: [
      '一、出臺背景。專項資金設立多、分配散、退出難，迫切需要建立全過程管理制度。',
      '二、主要內容。專項資金實行目錄管理，設立須有明確的依據、期限和績效目標；期滿後經評估決定是否保留。',
      '三、公開要求。專項資金的分配辦法、分配結果和績效評價結果，除涉密內容外一律向社會公開，接受監督。',
    ],
  },
  {
    title: '一圖讀懂市級財政專項資金管理辦法',
    policy: 'specialFunds',
    form: 'graphic',
    interpreter: '市財政局',
    body: ['設立有依據　分配講規則　使用看績效　結果要公開', '專項資金目錄每年向社會公布，期滿評估，該退出的退出。'],
  },
] satisfies DemoInterpretation[]

/** What the workflow steps write. */
export const AUDIT_CONFIRMATION_NOTE = '整改數據與審計結果公告一致，同意公開。'
export const BUDGET_RULES_2010_REPEALED_ON = '2014-05-31'
