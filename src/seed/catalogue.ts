import { leadShortNames } from './departments.js'
import { WORK_POINTS_2014 } from './workPoints2014.js'

/** Art. 26: proactive information is published within 20 working days of being formed or changed. */
export const DEFAULT_TIME_LIMIT = '形成或變更之日起20個工作日內'

/** Entries whose time limit a more specific rule sets. */
const TIME_LIMITS: Record<string, string> = {
  '04-01': '經本級人民代表大會或其常務委員會批准後20日內；部門預決算在財政部門批覆後20日內',
  '04-02': '經本級人民代表大會或其常務委員會批准後20日內；部門預決算在財政部門批覆後20日內',
  '07-01': '自動監測數據實時發布；其他信息形成或變更之日起20個工作日內',
  '08': '收到申請之日起20個工作日內答復；經批准可延長，延長期限不超過20個工作日',
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
