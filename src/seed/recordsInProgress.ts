import type { DemoRecord } from './types.js'

/** Records of 市财政局 that are not public: in drafting or review, or withheld. Figures are fictional. */
export const RECORDS_IN_PROGRESS = {
  /** A draft the editor is still writing. */
  budgetPreparation: {
    title: '关于做好2015年市级部门预算编制工作的通知',
    documentNumber: '青财预〔2014〕31号',
    writtenOn: '2014-09-12',
    topic: '0401',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['部门预算', '预算编制'],
    summary: '部署2015年市级部门预算编制工作，明确编制原则、“三公”经费控制要求和报送时间。',
    catalogue: ['04-01'],
    body: [
      '市直各部门、各单位：',
      '为做好2015年市级部门预算编制工作，根据《中华人民共和国预算法》和市政府有关要求，现将有关事项通知如下。',
      '一、坚持统筹兼顾、勤俭节约、量力而行、讲求绩效的原则，全面编制部门收支预算。二、严格控制“三公”经费，不得超过上年预算规模。三、各部门于2014年10月31日前报送部门预算建议数。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Drafted, revised once, and waiting for the reviewer. */
  midYearReport: {
    title: '关于2014年上半年市级预算执行情况的报告',
    documentNumber: '青财预〔2014〕27号',
    writtenOn: '2014-07-28',
    topic: '0401',
    genre: 'report',
    documentKind: 'other',
    keywords: ['预算执行', '财政收支'],
    summary: '报告2014年上半年市级一般公共预算、政府性基金预算收支执行情况。',
    catalogue: ['04-01'],
    body: [
      '2014年上半年，全市财政部门认真落实市人民代表大会批准的预算，市级财政收支运行总体平稳。',
      '市级一般公共预算收入完成年度预算的53.2%，同比增长11.6%；一般公共预算支出完成年度预算的46.8%，民生支出占比保持在七成以上。',
      '下半年，将进一步加强收入征管，优化支出结构，加快预算执行进度，确保完成全年预算任务。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Sent back by the reviewer. */
  vehicleCosts: {
    title: '关于调整市级机关公务用车运行维护费定额标准的通知',
    documentNumber: '青财行〔2014〕9号',
    writtenOn: '2014-08-20',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['公务用车', '定额标准', '“三公”经费'],
    summary: '调整市级机关公务用车运行维护费定额标准，自2014年9月1日起执行。',
    catalogue: ['04-01'],
    body: [
      '市直各部门、各单位：',
      '为严格控制“三公”经费支出，经市政府同意，现对市级机关公务用车运行维护费定额标准作如下调整。',
      '附件：1. 市级机关公务用车运行维护费定额标准　2. 定额标准测算说明',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Decided at the source: given to applicants, not published. */
  agriculturalFunds: {
    title: '2014年市级农业综合开发项目资金分配明细',
    documentNumber: '青财农〔2014〕16号',
    writtenOn: '2014-06-05',
    topic: '0601',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['农业综合开发', '资金分配'],
    summary: '列明2014年市级农业综合开发各项目承担单位的资金分配数额和拨付时间。',
    catalogue: ['04-01'],
    body: ['2014年市级农业综合开发项目共42个，安排市级财政资金6850万元，按项目承担单位列示如下。'],
    disclosure: {
      attribute: 'on_request',
      reason:
        '明细只涉及各项目承担单位的资金拨付，与特定对象的生产经营直接相关，不属于需要社会公众广泛知晓的信息；资金安排总体情况已随部门预算主动公开，明细依申请提供。',
    },
  },
  /** Decided at the source: withheld, with its ground. */
  budgetRequest: {
    title: '关于2015年市级财政预算安排初步方案的请示',
    documentNumber: '青财预〔2014〕35号',
    writtenOn: '2014-11-20',
    topic: '0401',
    genre: 'request',
    documentKind: 'other',
    keywords: ['预算安排', '请示'],
    summary: '向市政府请示2015年市级财政预算安排的初步方案。',
    catalogue: ['04-01'],
    body: ['市政府：', '根据2015年经济社会发展目标和财力测算情况，我局拟定了2015年市级财政预算安排初步方案，现将有关情况请示如下。'],
    disclosure: {
      attribute: 'not_disclosed',
      reason: '属于报送市政府研究的请示，是预算编制过程中的过程性信息；预算草案经市人民代表大会批准后依法主动公开。',
      grounds: ['process_information'],
    },
  },
} satisfies Record<string, DemoRecord>

/** What the workflow steps write. */
export const REVISED_MID_YEAR_SUMMARY =
  '报告2014年上半年市级一般公共预算、政府性基金预算和国有资本经营预算收支执行情况，以及下半年加强收支管理的措施。'
export const VEHICLE_COSTS_REJECTION = '附件二列有尚未经市政府批准的定额测算数据，属于过程性信息，请删除后重新送审。'
