/**
 * Synthetic but realistic records for the benchmark: Chinese titles built from the departments, the 2014
 * catalogue's subjects and the forms official documents take (關於印發《…》的通知, 實施意見, 管理辦法 …),
 * Lexical bodies of a few paragraphs, dates spread over 2014 to today. Deterministic for a given seed, so
 * the SQLite and PostgreSQL databases get the same records.
 */
import { chinaDay, dayToInstant } from '../src/lib/chinaDate.js'
import { contentHash } from '../src/lib/contentHash.js'
import { chineseDaysHolidayData } from '../src/lib/holidayData.js'
import { formatIndexNumber } from '../src/lib/indexNumber.js'
import { createWorkingDayCalendar } from '../src/lib/workingDays.js'
import { DEFAULT_WORKFLOW_FIELDS } from '../src/plugins/disclosure/defaults.js'
import { richText } from '../src/seed/richText.js'

/** Bumped whenever the generated data changes, so that bench/seed.ts does not reuse a database of older data. */
export const GENERATOR_VERSION = 3

/** mulberry32: small, fast, good enough for test data. */
export const createRandom = (seed: number) => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
    const total = list.reduce((sum, [, w]) => sum + w, 0)
    let r = next() * total
    for (const [value, w] of list) {
      r -= w
      if (r < 0) return value
    }
    return list[list.length - 1][0]
  }
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list]
    const out: T[] = []
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0])
    return out
  }
  return { next, int, pick, weighted, sample }
}
export type Random = ReturnType<typeof createRandom>

/** Subjects, keywords and topic codes by catalogue entry code (the 2014 plan's leaves). */
type EntryTheme = { weight: number; subjects: string[]; topics: string[] }

const GENERAL_SUBJECTS = ['政府信息公開', '政務公開', '政務服務', '依法行政', '機關效能建設', '營商環境優化', '重點民生實事']

export const THEMES: Record<string, EntryTheme> = {
  '01-01': {
    weight: 3,
    subjects: ['政府信息主動公開', '政務公開標準化規範化', '基層政務公開', '政府網站信息內容建設'],
    topics: ['0201', '0204'],
  },
  '01-02': { weight: 2, subjects: ['政策解讀', '重要政策文件解讀', '新聞發布'], topics: ['0201'] },
  '01-03': { weight: 2, subjects: ['社會關切回應', '政務輿情回應', '12345政務服務便民熱線'], topics: ['0201', '0207'] },
  '01-04': { weight: 1, subjects: ['政府網站集約化', '政務新媒體', '政府公報'], topics: ['0204', '0205'] },
  '02': { weight: 2, subjects: ['重大行政決策', '重大決策預公開', '公眾參與重大決策'], topics: ['0201', '0301'] },
  '03-01': { weight: 3, subjects: ['行政審批制度改革', '行政許可事項清單', '權責清單', '「一網通辦」'], topics: ['0302', '0201'] },
  '03-02': { weight: 2, subjects: ['行政處罰', '行政執法公示', '行政處罰裁量基準'], topics: ['1603', '0901'] },
  '04-01': { weight: 3, subjects: ['市級部門預算', '市級決算', '「三公」經費預算', '財政預算執行', '政府債務管理'], topics: ['0401'] },
  '04-02': { weight: 3, subjects: ['區（市）預決算', '轉移支付資金', '「三公」經費決算'], topics: ['0401'] },
  '04-03': { weight: 2, subjects: ['預算執行審計', '審計整改', '經濟責任審計'], topics: ['0408'] },
  '05-01': {
    weight: 2,
    subjects: ['徵地補償安置', '國有建設用地使用權出讓', '農村土地承包經營權流轉', '礦業權出讓'],
    topics: ['0501', '0502'],
  },
  '05-02': { weight: 2, subjects: ['國有土地上房屋徵收與補償', '城市更新和舊城改造'], topics: ['1002'] },
  '05-03': { weight: 3, subjects: ['保障性住房', '公共租賃住房', '棚戶區改造', '住房租賃補貼'], topics: ['1002'] },
  '05-04': { weight: 3, subjects: ['政府採購', '政府集中採購目錄', '政府採購意向公開', '政府購買服務'], topics: ['0401'] },
  '05-05': { weight: 3, subjects: ['工程建設項目招標投標', '政府投資項目', '重大建設項目批准和實施'], topics: ['0306', '1002'] },
  '06-01': { weight: 3, subjects: ['義務教育招生入學', '普通高中招生', '學前教育', '教育收費'], topics: ['1102'] },
  '06-02': { weight: 2, subjects: ['科技計劃項目', '科技經費管理', '高新技術企業認定', '科技創新券'], topics: ['1101'] },
  '06-03': { weight: 3, subjects: ['醫療衛生機構', '公立醫院綜合改革', '傳染病疫情防控', '基本公共衛生服務'], topics: ['1301', '1302'] },
  '06-04': { weight: 2, subjects: ['就業創業', '職業技能培訓', '高校畢業生就業', '穩崗返還'], topics: ['1501'] },
  '06-05': { weight: 3, subjects: ['社會救助', '最低生活保障', '養老服務', '殘疾人兩項補貼'], topics: ['1703', '1502'] },
  '07-01': { weight: 3, subjects: ['環境空氣質量', '重點排污單位環境信息', '建設項目環境影響評價', '飲用水水源地水質'], topics: ['1003'] },
  '07-02': { weight: 2, subjects: ['安全生產', '生產安全事故調查處理', '危險化學品安全', '安全生產大檢查'], topics: ['0905'] },
  '07-03': { weight: 1, subjects: ['市屬國有企業財務', '國有資產監管', '國有企業負責人薪酬'], topics: ['0305'] },
  '07-04': { weight: 3, subjects: ['食品安全監督抽檢', '藥品安全', '餐飲服務食品安全', '農產品質量安全'], topics: ['0904'] },
  '07-05': { weight: 2, subjects: ['產品質量監督抽查', '特種設備安全', '計量監督'], topics: ['0902', '0903'] },
  '07-06': { weight: 2, subjects: ['社會信用體系建設', '信用信息歸集', '守信聯合激勵和失信聯合懲戒'], topics: ['0407'] },
  '08': { weight: 1, subjects: ['依申請公開', '政府信息公開申請辦理', '政府信息公開行政複議和訴訟'], topics: ['0201'] },
  '09-01': { weight: 1, subjects: ['政府信息公開教育培訓', '政務公開業務培訓'], topics: ['0201'] },
  '09-02': { weight: 1, subjects: ['公開屬性源頭認定', '公文公開屬性審查'], topics: ['0201', '0206'] },
  '09-03': { weight: 1, subjects: ['政府信息公開指南', '政府信息公開目錄'], topics: ['0201'] },
  '09-04': { weight: 1, subjects: ['政府信息公開工作考核', '政務公開監督保障', '政府信息公開工作年度報告'], topics: ['0201', '0202'] },
}

export type BenchDepartment = { id: number | string; name: string; shortName: string; code: string; level: string }
export type BenchCatalogueEntry = { id: number | string; code: string; title: string; leadDepartmentIds: (number | string)[] }

type Genre =
  | 'decision'
  | 'order'
  | 'announcement'
  | 'public_notice'
  | 'opinion'
  | 'notice'
  | 'bulletin'
  | 'report'
  | 'reply'
  | 'letter'
  | 'minutes'
  | 'plan'
  | 'other'
type Kind = 'regulation' | 'normative_document' | 'other'

/** A title form: how it reads, its genre and document kind, how common it is. */
type TitleForm = { weight: number; genre: Genre; kind: Kind; make: (c: TitleContext) => string; docType: string }
type TitleContext = { subject: string; dept: string; city: string; year: number; r: Random }

const plain = (subject: string) => subject.replace(/[「」]/g, '')

const TITLE_FORMS: TitleForm[] = [
  {
    weight: 10,
    genre: 'notice',
    kind: 'normative_document',
    docType: '辦法',
    make: (c) => `關於印發《${c.city}${plain(c.subject)}管理辦法》的通知`,
  },
  { weight: 8, genre: 'notice', kind: 'other', docType: '方案', make: (c) => `關於印發《${c.city}${plain(c.subject)}工作實施方案》的通知` },
  {
    weight: 3,
    genre: 'notice',
    kind: 'other',
    docType: '計劃',
    make: (c) => `關於印發${c.city}${plain(c.subject)}三年行動計劃（${c.year}—${c.year + 2}年）的通知`,
  },
  {
    weight: 9,
    genre: 'opinion',
    kind: 'normative_document',
    docType: '意見',
    make: (c) => `${c.dept}關於進一步加強${c.subject}工作的實施意見`,
  },
  { weight: 5, genre: 'opinion', kind: 'normative_document', docType: '意見', make: (c) => `關於深化${c.subject}改革的意見` },
  { weight: 10, genre: 'notice', kind: 'other', docType: '通知', make: (c) => `關於做好${c.year}年${c.subject}工作的通知` },
  { weight: 5, genre: 'notice', kind: 'other', docType: '通知', make: (c) => `${c.dept}關於開展${c.subject}專項檢查的通知` },
  { weight: 3, genre: 'order', kind: 'regulation', docType: '辦法', make: (c) => `${c.city}${plain(c.subject)}管理辦法` },
  { weight: 2, genre: 'order', kind: 'regulation', docType: '規定', make: (c) => `${c.city}${plain(c.subject)}若干規定` },
  { weight: 5, genre: 'bulletin', kind: 'other', docType: '通報', make: (c) => `關於${c.year}年度${c.subject}情況的通報` },
  { weight: 3, genre: 'report', kind: 'other', docType: '報告', make: (c) => `${c.dept}關於${c.year}年${c.subject}工作情況的報告` },
  {
    weight: 6,
    genre: 'announcement',
    kind: 'other',
    docType: '公告',
    make: (c) => `${c.dept}關於公布${c.year}年${c.subject}有關名單的公告`,
  },
  { weight: 3, genre: 'public_notice', kind: 'other', docType: '通告', make: (c) => `關於${c.subject}有關事項的通告` },
  { weight: 3, genre: 'reply', kind: 'other', docType: '批覆', make: (c) => `關於${c.subject}有關問題的批覆` },
  { weight: 2, genre: 'letter', kind: 'other', docType: '函', make: (c) => `${c.dept}關於徵求${c.subject}意見的函` },
  { weight: 2, genre: 'minutes', kind: 'other', docType: '紀要', make: (c) => `${c.dept}${c.subject}專題會議紀要` },
  {
    weight: 2,
    genre: 'plan',
    kind: 'other',
    docType: '規劃',
    make: (c) => `${c.city}${plain(c.subject)}發展規劃（${c.year}—${c.year + 4}年）`,
  },
  { weight: 6, genre: 'other', kind: 'other', docType: '要點', make: (c) => `${c.dept}${c.year}年${c.subject}工作要點` },
  {
    weight: 3,
    genre: 'other',
    kind: 'other',
    docType: '信息',
    make: (c) => `${c.year}年第${c.r.pick(['一', '二', '三', '四'])}季度${c.subject}信息`,
  },
  { weight: 2, genre: 'decision', kind: 'normative_document', docType: '決定', make: (c) => `關於${c.subject}的決定` },
]
const TITLE_WEIGHTS = TITLE_FORMS.map((form) => [form, form.weight] as const)

const ADDRESSEES = [
  '各區、市人民政府，市政府各部門，市直各單位：',
  '各區、市人民政府，青島西海岸新區管委，市政府各部門：',
  '市直各部門、各單位：',
  '各有關單位：',
  '各區、市有關部門：',
]
const GROUNDS = [
  '根據《中華人民共和國政府信息公開條例》和省、市有關規定',
  '按照國務院辦公廳和省政府辦公廳有關工作部署',
  '為貫徹落實市委、市政府決策部署',
  '根據國家和省有關法律法規',
  '按照《近期全市政府信息公開工作要點》要求',
]
const AIMS = ['進一步規範', '切實加強', '全面推進', '持續深化', '不斷提升']
const PRINCIPLES = [
  '堅持以人民為中心的發展思想，堅持以公開為常態、不公開為例外，推進決策、執行、管理、服務、結果公開',
  '堅持依法依規、突出重點、注重實效，著力解決群眾反映強烈的突出問題',
  '堅持問題導向和目標導向相結合，統籌推進、分步實施、務求實效',
  '堅持便民利民，創新工作方式，不斷提高服務質量和辦事效率',
]
const TASKS = [
  '明確責任分工，各牽頭單位要制定具體實施方案，細化工作措施，落實到崗到人',
  '健全工作機制，建立定期會商、信息共享和督查通報制度，形成工作合力',
  '加強信息發布，通過政府網站、政務新媒體和政府公報等渠道及時準確發布有關信息',
  '強化政策解讀，對涉及群眾切身利益的政策文件同步組織、同步審簽、同步發布解讀材料',
  '做好回應關切，密切關注社會輿情，對公眾關注的熱點問題及時予以回應',
  '規範辦理流程，優化辦事指南，壓減辦理時限，推行網上辦理和「最多跑一次」',
  '加強數據歸集，完善統計分析，按時報送工作進展情況',
  '嚴格保密審查，堅持「先審查、後公開」和「一事一審」原則，防止失泄密',
]
const SAFEGUARDS = [
  '各級各部門要高度重視，加強組織領導，明確分管領導和工作機構，確保各項工作落到實處',
  '市政府辦公廳將把有關工作納入年度績效考核，適時組織督查，對工作不力的予以通報',
  '要加強業務培訓，提高工作人員的政策水平和業務能力',
  '要落實工作經費，加強信息化建設，為工作開展提供必要保障',
]
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

const cnDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const paragraphs = (c: TitleContext, form: TitleForm, writtenOn: string, effectiveOn: string | null): string[] => {
  const { r, subject, dept } = c
  const out = [r.pick(ADDRESSEES)]
  out.push(
    `為${r.pick(AIMS)}${subject}工作，${r.pick(GROUNDS)}，結合我市實際，現就有關事項${form.genre === 'notice' ? '通知如下' : '提出如下意見'}。`,
  )
  out.push(
    `${CN_NUMBERS[0]}、總體要求。${r.pick(PRINCIPLES)}。到${c.year + r.int(1, 3)}年，全市${subject}工作制度體系基本健全，工作機制更加完善，群眾滿意度明顯提升。`,
  )
  const tasks = r.sample(TASKS, r.int(2, 4))
  out.push(`${CN_NUMBERS[1]}、主要任務。${tasks.map((task, i) => `（${CN_NUMBERS[i]}）${task}。`).join('')}`)
  out.push(`${CN_NUMBERS[2]}、保障措施。${r.sample(SAFEGUARDS, 2).join('；')}。`)
  if (effectiveOn) out.push(`本${form.docType}自${cnDate(effectiveOn)}起施行，有效期${r.pick(['五年', '三年', '兩年'])}。`)
  out.push(`${dept}\u3000${cnDate(writtenOn)}`)
  return out
}

const addDaysTo = (day: string, n: number) => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + n)
  return date.toISOString().slice(0, 10)
}

/** A document-number prefix from the department's short name: 市財政局 → 青財, 市南區政府 → 南政. */
const docPrefix = (dept: BenchDepartment) => {
  if (dept.level === 'city') return '青政辦'
  if (dept.level === 'district') return `${dept.shortName.replace(/^市/, '').slice(0, 1)}政`
  return `青${dept.shortName.replace(/^市(政府)?/, '').slice(0, 1)}`
}

const WORKFLOW = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'secrecyReview',
  ...DEFAULT_WORKFLOW_FIELDS,
])

const PASSED_OPINION = '經審查，不涉及國家秘密、工作秘密、商業秘密和個人隱私，同意主動公開。'

export type GeneratorInput = {
  count: number
  seed?: number
  departments: BenchDepartment[]
  catalogue: BenchCatalogueEntry[]
  /** The last instant a record may be published (now). */
  until?: Date
  staff?: { editor?: number | string; reviewer?: number | string }
  /** The department of the bench's editor and reviewer: it gets `share` of the records (the admin bench signs in as its staff). */
  focus?: { department: number | string; share: number }
  /** Records published within this many days of `until` are in the workflow's states instead (see WORKFLOW_STATES). */
  workflowDays?: number
  /** Filled with the last index-number serial per `<department code>/<year>` (the index-counters rows). */
  serials?: Map<string, number>
}

/**
 * The records, oldest first, as `payload.db.create` data: every one public (published, proactive,
 * review passed). Yields lazily so 100,000 bodies are never all in memory.
 */
export function* generateRecords(input: GeneratorInput): Generator<Record<string, unknown>> {
  const r = createRandom(input.seed ?? 20140101)
  const calendar = createWorkingDayCalendar(chineseDaysHolidayData())
  const deadlines = new Map<string, { date: string; provisional: boolean }>()
  const deadlineOf = (day: string) => {
    let deadline = deadlines.get(day)
    if (!deadline) deadlines.set(day, (deadline = calendar.addWorkingDays(day, 20)))
    return deadline
  }
  const format = formatIndexNumber()
  const leaves = input.catalogue.filter((entry) => THEMES[entry.code])
  if (!leaves.length) throw new Error('bench: no catalogue leaf with a theme (is the 2014 catalogue seeded?)')
  const leafWeights = leaves.map((entry) => [entry, THEMES[entry.code].weight] as const)
  const byId = new Map(input.departments.map((dept) => [String(dept.id), dept]))
  const deptWeights = input.departments.map((dept) => [dept, dept.level === 'city' ? 6 : dept.level === 'district' ? 2 : 3] as const)
  const serials = input.serials ?? new Map<string, number>()
  const docSerials = new Map<string, number>()

  // Publication instants, spread 2014-01-01 → until with volume growing ~6 % a year, sorted (ids follow time).
  const start = Date.parse('2014-01-01T00:00:00+08:00')
  const end = (input.until ?? new Date()).getTime()
  const span = end - start
  const growth = 0.06
  const stamps: number[] = new Array(input.count)
  for (let i = 0; i < input.count; i += 1) {
    // Inverse CDF of an exponential density on [0, 1]: more records in later years.
    const u = r.next()
    const x = Math.log(1 + u * (Math.exp(growth * 13) - 1)) / (growth * 13)
    stamps[i] = start + Math.floor(x * span)
  }
  stamps.sort((a, b) => a - b)

  for (let i = 0; i < input.count; i += 1) {
    const leaf = r.weighted(leafWeights)
    const theme = THEMES[leaf.code]
    const catalogue = [leaf.id]
    if (r.next() < 0.35) {
      const second = r.weighted(leafWeights)
      if (second.id !== leaf.id) catalogue.push(second.id)
    }
    const leads = leaf.leadDepartmentIds.map((id) => byId.get(String(id))).filter((d): d is BenchDepartment => Boolean(d))
    const focused = input.focus && r.next() < input.focus.share ? byId.get(String(input.focus.department)) : undefined
    const dept = focused ?? (leads.length && r.next() < 0.65 ? r.pick(leads) : r.weighted(deptWeights))
    const subject = r.next() < 0.85 ? r.pick(theme.subjects) : r.pick(GENERAL_SUBJECTS)

    // Published (working hours in China) a few days after it was written.
    const publishedAt = new Date(stamps[i])
    const publishedOn = chinaDay(publishedAt)
    const writtenOn = addDaysTo(publishedOn, -r.int(1, 30))
    const year = Number(writtenOn.slice(0, 4))
    const form = r.weighted(TITLE_WEIGHTS)
    const context: TitleContext = {
      subject,
      dept: dept.name,
      city: dept.level === 'district' ? dept.name.replace(/人民政府$/, '') : '青島市',
      year,
      r,
    }
    const title = form.make(context)

    const scope = `${dept.code}/${year}`
    const serial = (serials.get(scope) ?? 0) + 1
    serials.set(scope, serial)
    const prefix = docPrefix(dept)
    const docScope = `${prefix}/${year}`
    const docSerial = (docSerials.get(docScope) ?? 0) + 1
    docSerials.set(docScope, docSerial)
    const numbered = form.kind !== 'other' || form.genre === 'notice' || form.genre === 'reply'

    const deadline = deadlineOf(writtenOn)
    const normative = form.kind !== 'other'
    const effectiveOn = normative ? addDaysTo(writtenOn, r.int(10, 40)) : null
    const validityRoll = r.next()
    const status =
      !normative || validityRoll < 0.86 ? 'valid' : validityRoll < 0.93 ? 'amended' : validityRoll < 0.97 ? 'repealed' : 'expired'
    const effectiveUntil = status === 'valid' ? null : addDaysTo(effectiveOn ?? writtenOn, r.int(365, 5 * 365))

    const keywords = r.sample([subject.replace(/[「」]/g, ''), ...theme.subjects.map(plain), '政務公開', form.docType], r.int(2, 3))
    const data: Record<string, unknown> = {
      title,
      indexNumber: format({ departmentCode: dept.code, year, serial }),
      documentNumber: numbered ? `${prefix}${form.kind === 'regulation' ? '令' : '發'}〔${year}〕${docSerial}號` : null,
      department: dept.id,
      coIssuers: r.next() < 0.05 ? [r.weighted(deptWeights).id].filter((id) => id !== dept.id) : [],
      writtenAt: dayToInstant(writtenOn),
      publishBy: dayToInstant(deadline.date),
      publishByProvisional: deadline.provisional,
      publishedLate: publishedOn > deadline.date,
      topic: r.pick(theme.topics),
      genre: form.genre,
      documentKind: form.kind,
      keywords: [...new Set(keywords)],
      summary: `${title.replace(/^關於/, '就').slice(0, 40)}作出規定，明確${subject}工作的目標任務、責任分工和保障措施。`,
      catalogue,
      validity: {
        status,
        effectiveFrom: effectiveOn ? dayToInstant(effectiveOn) : null,
        effectiveUntil: effectiveUntil ? dayToInstant(effectiveUntil) : null,
        replacedBy: null,
      },
      body: richText(...paragraphs(context, form, writtenOn, effectiveOn)),
      requiresInterpretation: false,
      disclosure: { attribute: 'proactive', decidedBy: input.staff?.editor ?? null, decidedAt: dayToInstant(writtenOn) },
      createdBy: input.staff?.editor ?? null,
      updatedBy: input.staff?.editor ?? null,
      publishedAt: publishedAt.toISOString(),
      _status: 'published',
      createdAt: dayToInstant(writtenOn),
      updatedAt: publishedAt.toISOString(),
    }
    data.secrecyReview = {
      status: 'passed',
      reviewer: input.staff?.reviewer ?? null,
      reviewedAt: new Date(stamps[i] - r.int(1, 48) * 3_600_000).toISOString(),
      opinion: PASSED_OPINION,
      contentHash: contentHash(data, WORKFLOW),
      agencyConfirmations: [],
    }
    if (stamps[i] > end - (input.workflowDays ?? 90) * 86_400_000) inWorkflow(data, r.weighted(WORKFLOW_STATES), input.staff, stamps[i])
    yield data
  }
}

export type WorkflowState = 'published' | 'noAttribute' | 'editing' | 'submitted' | 'rejected' | 'passedDraft'

/** The states of the records still in the workflow (the newest): what the dashboard lines count. */
const WORKFLOW_STATES: (readonly [WorkflowState, number])[] = [
  ['published', 40],
  ['noAttribute', 8],
  ['editing', 12],
  ['submitted', 15],
  ['rejected', 10],
  ['passedDraft', 15],
]

/**
 * Turns a generated (published) record into one in `state`: not published (a draft, `publishedAt` null; a late one
 * when its `publishBy` has passed), reviewed or not, sent for review or not, as the workflow hooks leave it.
 */
const inWorkflow = (data: Record<string, unknown>, state: WorkflowState, staff: GeneratorInput['staff'], stamp: number) => {
  if (state === 'published') return
  const review = data.secrecyReview as Record<string, unknown>
  data._status = 'draft'
  data.publishedAt = null
  data.publishedLate = false
  if (state === 'passedDraft') return
  if (state === 'noAttribute') data.disclosure = { attribute: null, decidedBy: null, decidedAt: null }
  const at = new Date(stamp).toISOString()
  if (state === 'rejected') {
    data.secrecyReview = { ...review, status: 'rejected', reviewedAt: at, opinion: REJECTED_OPINION, contentHash: null }
    return
  }
  const submitted = state === 'submitted' ? { submittedBy: staff?.editor ?? null, submittedAt: at } : {}
  data.secrecyReview = {
    status: 'pending',
    reviewer: null,
    reviewedAt: null,
    opinion: null,
    contentHash: null,
    agencyConfirmations: [],
    ...submitted,
  }
}

const REJECTED_OPINION = '第三段涉及尚未公開的預算安排，請刪除後重新送審。'

const INTERPRETATION_FORMS = ['text', 'text', 'text', 'graphic', 'qa', 'qa', 'interview', 'press_conference', 'expert'] as const

/** An interpretation (政策解讀) of a public record, published with it. */
export const interpretationOf = (
  r: Random,
  policy: { id: number | string; title: string; department: number | string; publishedAt: string },
  departmentName: string,
): Record<string, unknown> => {
  const form = r.pick(INTERPRETATION_FORMS)
  const name = policy.title.replace(/^關於印發/, '').replace(/的通知$/, '')
  const title = form === 'graphic' ? `圖解：${name}` : form === 'qa' ? `${name}政策問答` : `《${name.replace(/^《|》$/g, '')}》政策解讀`
  return {
    title,
    policies: [policy.id],
    form,
    interpreter: `${departmentName}相關負責同志`,
    department: policy.department,
    body: richText(
      `一、出台背景。${name}的出台，是落實上級決策部署、回應社會關切的重要舉措。`,
      '二、主要內容。文件共分為總體要求、主要任務和保障措施三個部分，明確了工作目標、責任分工和時間節點。',
      '三、創新舉措。文件堅持問題導向，在簡化辦事流程、加強信息公開和強化監督考核等方面作出了具體規定。',
      `四、解讀機關及聯繫方式。${departmentName}辦公室，聯繫電話：0532-85910000。`,
    ),
    disclosure: { attribute: 'proactive', decidedAt: policy.publishedAt },
    secrecyReview: { status: 'passed', reviewedAt: policy.publishedAt, opinion: PASSED_OPINION, agencyConfirmations: [] },
    publishedAt: policy.publishedAt,
    _status: 'published',
    createdAt: policy.publishedAt,
    updatedAt: policy.publishedAt,
  }
}
