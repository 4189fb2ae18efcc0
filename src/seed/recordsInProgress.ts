import type { DemoRecord } from './types.js'

/** Records of 市財政局 that are not public: in drafting or review, or withheld. Figures are fictional. */
export const RECORDS_IN_PROGRESS = {
  /** A draft the editor is still writing. */
  budgetPreparation: {
    title: '關於做好2015年市級部門預算編制工作的通知',
    documentNumber: '青財預〔2014〕31號',
    writtenOn: '2014-09-12',
    topic: '0401',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['部門預算', '預算編制'],
    summary: '部署2015年市級部門預算編制工作，明確編制原則、“三公”經費控制要求和報送時間。',
    catalogue: ['04-01'],
    body: [
      '市直各部門、各單位：',
      '為做好2015年市級部門預算編制工作，根據《中華人民共和國預算法》和市政府有關要求，現將有關事項通知如下。',
      '一、堅持統籌兼顧、勤儉節約、量力而行、講求績效的原則，全面編制部門收支預算。二、嚴格控制“三公”經費，不得超過上年預算規模。三、各部門於2014年10月31日前報送部門預算建議數。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Drafted, revised once, and waiting for the reviewer. */
  midYearReport: {
    title: '關於2014年上半年市級預算執行情況的報告',
    documentNumber: '青財預〔2014〕27號',
    writtenOn: '2014-07-28',
    topic: '0401',
    genre: 'report',
    documentKind: 'other',
    keywords: ['預算執行', '財政收支'],
    summary: '報告2014年上半年市級一般公共預算、政府性基金預算收支執行情況。',
    catalogue: ['04-01'],
    body: [
      '2014年上半年，全市財政部門認真落實市人民代表大會批准的預算，市級財政收支運行總體平穩。',
      '市級一般公共預算收入完成年度預算的53.2%，同比增長11.6%；一般公共預算支出完成年度預算的46.8%，民生支出佔比保持在七成以上。',
      '下半年，將進一步加強收入徵管，優化支出結構，加快預算執行進度，確保完成全年預算任務。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Sent back by the reviewer. */
  vehicleCosts: {
    title: '關於調整市級機關公務用車運行維護費定額標準的通知',
    documentNumber: '青財行〔2014〕9號',
    writtenOn: '2014-08-20',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['公務用車', '定額標準', '“三公”經費'],
    summary: '調整市級機關公務用車運行維護費定額標準，自2014年9月1日起執行。',
    catalogue: ['04-01'],
    body: [
      '市直各部門、各單位：',
      '為嚴格控制“三公”經費支出，經市政府同意，現對市級機關公務用車運行維護費定額標準作如下調整。',
      '附件：1. 市級機關公務用車運行維護費定額標準　2. 定額標準測算說明',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Decided at the source: given to applicants, not published. */
  agriculturalFunds: {
    title: '2014年市級農業綜合開發項目資金分配明細',
    documentNumber: '青財農〔2014〕16號',
    writtenOn: '2014-06-05',
    topic: '0601',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['農業綜合開發', '資金分配'],
    summary: '列明2014年市級農業綜合開發各項目承擔單位的資金分配數額和撥付時間。',
    catalogue: ['04-01'],
    body: ['2014年市級農業綜合開發項目共42個，安排市級財政資金6850萬元，按項目承擔單位列示如下。'],
    disclosure: {
      attribute: 'on_request',
      reason:
        '明細只涉及各項目承擔單位的資金撥付，與特定對象的生產經營直接相關，不屬於需要社會公眾廣泛知曉的信息；資金安排總體情況已隨部門預算主動公開，明細依申請提供。',
    },
  },
  /** Decided at the source: withheld, with its ground. */
  budgetRequest: {
    title: '關於2015年市級財政預算安排初步方案的請示',
    documentNumber: '青財預〔2014〕35號',
    writtenOn: '2014-11-20',
    topic: '0401',
    genre: 'request',
    documentKind: 'other',
    keywords: ['預算安排', '請示'],
    summary: '向市政府請示2015年市級財政預算安排的初步方案。',
    catalogue: ['04-01'],
    body: ['市政府：', '根據2015年經濟社會發展目標和財力測算情況，我局擬定了2015年市級財政預算安排初步方案，現將有關情況請示如下。'],
    disclosure: {
      attribute: 'not_disclosed',
      reason: '屬於報送市政府研究的請示，是預算編制過程中的過程性信息；預算草案經市人民代表大會批准後依法主動公開。',
      grounds: ['process_information'],
    },
  },
} satisfies Record<string, DemoRecord>

/** What the workflow steps write. */
export const REVISED_MID_YEAR_SUMMARY =
  '報告2014年上半年市級一般公共預算、政府性基金預算和國有資本經營預算收支執行情況，以及下半年加強收支管理的措施。'
export const VEHICLE_COSTS_REJECTION = '附件二列有尚未經市政府批准的定額測算數據，屬於過程性信息，請刪除後重新送審。'
