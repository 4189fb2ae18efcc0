import type { DemoInterpretation, DemoRecord } from './types.js'

/** Public records of 市财政局, published on the old site in 2010–2014 (figures fictional). */
export const RECORDS_PUBLISHED = {
  budgetPublication: {
    title: '关于做好2014年市级部门预算和“三公”经费预算公开工作的通知',
    documentNumber: '青财预〔2014〕12号',
    writtenOn: '2014-03-18',
    publishedOn: '2014-03-21',
    topic: '0401',
    genre: 'notice',
    documentKind: 'other',
    keywords: ['预算公开', '“三公”经费'],
    summary: '要求市直各部门在预算批复后20日内公开本部门预算和“三公”经费预算，明确公开内容、方式和时间。',
    catalogue: ['04-01'],
    body: [
      '市直各部门、各单位：',
      '按照《近期全市政府信息公开工作要点》要求，除涉密部门外，所有使用财政拨款的部门和单位都要公开本部门当年预算和“三公”经费预算。',
      '预算公开到支出功能分类的项级科目；“三公”经费预算要细化说明因公出国（境）、公务用车购置及运行、公务接待的安排情况。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  procurementCatalogue: {
    title: '关于印发青岛市2014—2015年政府集中采购目录及采购限额标准的通知',
    documentNumber: '青财采〔2014〕5号',
    writtenOn: '2014-04-10',
    publishedOn: '2014-04-16',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['政府采购', '集中采购目录', '限额标准'],
    summary: '公布2014—2015年度市级政府集中采购目录和采购限额标准，货物和服务项目公开招标数额标准为200万元。',
    catalogue: ['05-04'],
    effectiveFrom: '2014-05-01',
    body: [
      '各区、市财政局，市直各部门、各单位：',
      '现将《青岛市2014—2015年政府集中采购目录及采购限额标准》印发给你们，请遵照执行。',
      '集中采购目录以内的项目，应当委托集中采购机构代理采购；货物和服务项目单项或批量采购金额达到200万元以上的，应当采用公开招标方式。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** Involves 市审计局's findings: confirmed with that agency before publication (Art. 11). */
  auditRectification: {
    title: '关于2013年度市级预算执行和其他财政收支审计查出问题整改情况的报告',
    documentNumber: '青财监〔2014〕8号',
    writtenOn: '2014-10-15',
    publishedOn: '2014-10-22',
    topic: '0408',
    genre: 'report',
    documentKind: 'other',
    keywords: ['审计整改', '预算执行'],
    summary: '报告2013年度市级预算执行审计查出问题的整改情况：已整改金额、完善的制度和仍在整改的事项。',
    catalogue: ['04-03'],
    body: [
      '市审计局对2013年度市级预算执行和其他财政收支情况进行了审计，提出了加强预算管理的意见。',
      '截至2014年9月底，审计查出的问题已整改到位金额3.2亿元，完善相关制度11项；其余事项正在整改，将在年底前报告结果。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  budgetRules2010: {
    title: '关于印发《青岛市市级部门预算管理办法》的通知',
    documentNumber: '青财预〔2010〕15号',
    writtenOn: '2010-04-12',
    publishedOn: '2010-04-19',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['部门预算', '管理办法'],
    summary: '规范市级部门预算的编制、执行、调整和监督，自2010年5月1日起施行。',
    catalogue: ['04-01'],
    effectiveFrom: '2010-05-01',
    body: ['市直各部门、各单位：', '《青岛市市级部门预算管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。'],
    disclosure: { attribute: 'proactive' },
  },
  budgetRules2014: {
    title: '关于印发修订后的《青岛市市级部门预算管理办法》的通知',
    documentNumber: '青财预〔2014〕18号',
    writtenOn: '2014-05-16',
    publishedOn: '2014-05-22',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['部门预算', '管理办法', '绩效目标'],
    summary: '修订市级部门预算管理办法，将“三公”经费和项目支出绩效目标纳入预算编制，自2014年6月1日起施行，原办法同时废止。',
    catalogue: ['04-01'],
    effectiveFrom: '2014-06-01',
    body: [
      '市直各部门、各单位：',
      '为适应预算管理制度改革的要求，我局对《青岛市市级部门预算管理办法》进行了修订，现印发给你们，自2014年6月1日起施行。',
      '《青岛市市级部门预算管理办法》（青财预〔2010〕15号）同时废止。',
    ],
    disclosure: { attribute: 'proactive' },
  },
  /** A policy published together with its interpretations (同步发布). */
  specialFunds: {
    title: '关于印发《青岛市市级财政专项资金管理办法》的通知',
    documentNumber: '青财预〔2014〕22号',
    writtenOn: '2014-07-08',
    publishedOn: '2014-07-15',
    topic: '0401',
    genre: 'notice',
    documentKind: 'normative_document',
    keywords: ['专项资金', '绩效评价', '资金管理'],
    summary: '对市级财政专项资金的设立、分配、使用、绩效评价和信息公开作出规定，专项资金实行目录管理和定期评估退出。',
    catalogue: ['04-01'],
    effectiveFrom: '2014-08-01',
    requiresInterpretation: true,
    body: [
      '市直各部门、各单位：',
      '《青岛市市级财政专项资金管理办法》已经市政府同意，现印发给你们，自2014年8月1日起施行。',
      '专项资金的设立依据、分配办法、分配结果和绩效评价结果，除涉及国家秘密的外，应当向社会公开。',
    ],
    disclosure: { attribute: 'proactive' },
  },
} satisfies Record<string, DemoRecord>

export const INTERPRETATIONS = [
  {
    title: '《青岛市市级财政专项资金管理办法》解读',
    policy: 'specialFunds',
    form: 'text',
    interpreter: '市财政局预算处',
    body: [
      '一、出台背景。专项资金设立多、分配散、退出难，迫切需要建立全过程管理制度。',
      '二、主要内容。专项资金实行目录管理，设立须有明确的依据、期限和绩效目标；期满后经评估决定是否保留。',
      '三、公开要求。专项资金的分配办法、分配结果和绩效评价结果，除涉密内容外一律向社会公开，接受监督。',
    ],
  },
  {
    title: '一图读懂市级财政专项资金管理办法',
    policy: 'specialFunds',
    form: 'graphic',
    interpreter: '市财政局',
    body: ['设立有依据　分配讲规则　使用看绩效　结果要公开', '专项资金目录每年向社会公布，期满评估，该退出的退出。'],
  },
] satisfies DemoInterpretation[]

/** What the workflow steps write. */
export const AUDIT_CONFIRMATION_NOTE = '整改数据与审计结果公告一致，同意公开。'
export const BUDGET_RULES_2010_REPEALED_ON = '2014-05-31'
