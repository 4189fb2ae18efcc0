import { leadShortNames } from './departments.js'
import { WORK_POINTS_2014 } from './workPoints2014.js'

/** Art. 26: proactive information is published within 20 working days of being formed or changed. */
export const DEFAULT_TIME_LIMIT = '形成或变更之日起20个工作日内'

/** Entries whose time limit a more specific rule sets. */
const TIME_LIMITS: Record<string, string> = {
  '04-01': '经本级人民代表大会或其常务委员会批准后20日内；部门预决算在财政部门批复后20日内',
  '04-02': '经本级人民代表大会或其常务委员会批准后20日内；部门预决算在财政部门批复后20日内',
  '07-01': '自动监测数据实时发布；其他信息形成或变更之日起20个工作日内',
  '08': '收到申请之日起20个工作日内答复；经批准可延长，延长期限不超过20个工作日',
}

/** One entry of the city catalogue, its lead departments by short name. */
export type DemoCatalogueEntry = {
  code: string
  title: string
  description?: string
  leadDepartments: string[]
  timeLimit: string
  order: number
  children: DemoCatalogueEntry[]
}

type PlanPoint = { title: string; text: string; leadDepartments: readonly string[] }

const twoDigits = (n: number) => String(n).padStart(2, '0')

const entry = (point: PlanPoint, code: string, order: number, children: DemoCatalogueEntry[] = []): DemoCatalogueEntry => ({
  code,
  title: point.title,
  description: point.text || undefined,
  leadDepartments: [...new Set(point.leadDepartments.flatMap(leadShortNames))],
  timeLimit: TIME_LIMITS[code] ?? DEFAULT_TIME_LIMIT,
  order,
  children,
})

/** The city catalogue: the plan's nine sections (`01`…`09`) and their items (`01-01`…) as children. */
export const demoCatalogue = (): DemoCatalogueEntry[] =>
  WORK_POINTS_2014.sections.map((section, i) => {
    const code = twoDigits(i + 1)
    const items = section.items.map((item, j) => entry(item, `${code}-${twoDigits(j + 1)}`, j + 1))
    return entry(section, code, i + 1, items)
  })
