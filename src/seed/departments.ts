import type { Department } from '../payload-types.js'
import { demoCreditCode } from './codes.js'

/** Development demo data: the codes, addresses, numbers and mail domains are fictional. */

export type DemoDepartment = Pick<Department, 'name' | 'shortName' | 'code' | 'level' | 'guide'>

const CITY_REGION = '370200'
const HOURS = '周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）'

/** [mail slug, full name, short name as the 2014 plan writes it, street address in the city]. */
const CITY_OFFICE = ['bgt', '青岛市人民政府办公厅', '市政府办公厅', '市南区香港中路11号'] as const

const CITY_DEPARTMENTS = [
  ['bwb', '青岛市机构编制委员会办公室', '市编委办', '市南区香港中路11号'],
  ['spb', '青岛市行政审批事务管理办公室', '市行政审批事务管理办', '市南区闽江路7号'],
  ['swj', '青岛市商务局', '市商务局', '市南区香港中路76号'],
  ['czj', '青岛市财政局', '市财政局', '市南区东海西路29号'],
  ['sjj', '青岛市审计局', '市审计局', '市南区香港中路11号'],
  ['gtj', '青岛市国土资源和房屋管理局', '市国土资源房管局', '市南区宁夏路166号'],
  ['nw', '青岛市农业委员会', '市农委', '市北区延安三路221号'],
  ['cjw', '青岛市城乡建设委员会', '市城乡建设委', '市南区宁夏路162号'],
  ['ggzy', '青岛市公共资源交易管理办公室', '市公共资源交易管理办', '市北区山东路171号'],
  ['fgw', '青岛市发展和改革委员会', '市发展改革委', '市南区香港中路11号'],
  ['jyj', '青岛市教育局', '市教育局', '市南区福州南路15号'],
  ['kjj', '青岛市科学技术局', '市科技局', '市南区闽江路2号'],
  ['wjw', '青岛市卫生和计划生育委员会', '市卫生计生委', '市南区闽江路7号'],
  ['rsj', '青岛市人力资源和社会保障局', '市人力资源社会保障局', '市南区福州南路19号'],
  ['mzj', '青岛市民政局', '市民政局', '市南区福州南路23号'],
  ['hbj', '青岛市环境保护局', '市环保局', '市南区宁夏路158号'],
  ['ajj', '青岛市安全生产监督管理局', '市安全监管局', '市北区南京路120号'],
  ['gzw', '青岛市人民政府国有资产监督管理委员会', '市政府国资委', '市南区东海西路37号'],
  ['spj', '青岛市食品药品监督管理局', '市食品药品监管局', '市南区东海西路51号'],
  ['zjj', '青岛市质量技术监督局', '市质监局', '市南区宁夏路181号'],
  ['lyj', '青岛市林业局', '市林业局', '市北区延安三路221号'],
  ['hyj', '青岛市海洋与渔业局', '市海洋与渔业局', '市南区东海西路35号'],
  ['xmj', '青岛市畜牧兽医局', '市畜牧局', '市北区延安三路221号'],
  ['lsj', '青岛市粮食局', '市粮食局', '市北区抚顺路16号'],
  ['dzb', '青岛市电子政务和信息资源管理办公室', '市电政信息办', '市南区香港中路11号'],
] as const

/** The district governments and county-level cities of 2014, with their administrative division codes. */
const DISTRICTS = [
  ['shinan', '370202', '青岛市市南区人民政府', '市南区政府', '市南区宁夏路286号'],
  ['shibei', '370203', '青岛市市北区人民政府', '市北区政府', '市北区抚顺路18号'],
  ['huangdao', '370211', '青岛市黄岛区人民政府', '黄岛区政府', '黄岛区长江中路216号'],
  ['laoshan', '370212', '青岛市崂山区人民政府', '崂山区政府', '崂山区株洲路150号'],
  ['licang', '370213', '青岛市李沧区人民政府', '李沧区政府', '李沧区黑龙江中路615号'],
  ['chengyang', '370214', '青岛市城阳区人民政府', '城阳区政府', '城阳区正阳中路200号'],
  ['jiaozhou', '370281', '胶州市人民政府', '胶州市政府', '胶州市广州北路1号'],
  ['jimo', '370282', '即墨市人民政府', '即墨市政府', '即墨市莲花山路2号'],
  ['pingdu', '370283', '平度市人民政府', '平度市政府', '平度市红旗路1号'],
  ['laixi', '370285', '莱西市人民政府', '莱西市政府', '莱西市上海西路3号'],
] as const

/**
 * Lead "departments" of the plan that are not one organisation: 各区、市政府 means every district
 * government and county-level city, so it stands for all ten of them.
 */
export const PLAN_GROUPS: Record<string, string[]> = {
  '各区、市政府': DISTRICTS.map(([, , , shortName]) => shortName),
}

/** The short names a lead department of the plan stands for. */
export const leadShortNames = (planName: string): string[] => PLAN_GROUPS[planName] ?? [planName]

const guide = (slug: string, office: string, address: string, index: number): DemoDepartment['guide'] => {
  const phone = 85910000 + index * 101
  return {
    office,
    address: `山东省青岛市${address}`,
    hours: HOURS,
    phone: `0532-${phone}`,
    fax: `0532-${phone + 1}`,
    email: `xxgk@${slug}.qingdao.example`,
    website: `https://${slug}.qingdao.example`,
  }
}

/** The city government office first, then the plan's departments, then the district governments. */
export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  {
    name: CITY_OFFICE[1],
    shortName: CITY_OFFICE[2],
    code: demoCreditCode(CITY_REGION, 1),
    level: 'city',
    guide: guide(CITY_OFFICE[0], '青岛市人民政府信息公开办公室', CITY_OFFICE[3], 0),
  },
  ...CITY_DEPARTMENTS.map(([slug, name, shortName, address], i): DemoDepartment => ({
    name,
    shortName,
    code: demoCreditCode(CITY_REGION, 101 + i),
    level: 'department',
    guide: guide(slug, `${name}办公室`, address, 1 + i),
  })),
  ...DISTRICTS.map(([slug, region, name, shortName, address], i): DemoDepartment => ({
    name,
    shortName,
    code: demoCreditCode(region, 1),
    level: 'district',
    guide: guide(slug, `${name}办公室`, address, 1 + CITY_DEPARTMENTS.length + i),
  })),
]
