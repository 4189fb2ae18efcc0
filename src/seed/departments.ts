import type { Department } from '../payload-types.js'
import { demoCreditCode } from './codes.js'

/** Development demo data: the codes, addresses, numbers and mail domains are fictional. */

export type DemoDepartment = Pick<Department, 'name' | 'shortName' | 'code' | 'level' | 'guide'>

const CITY_REGION = '370200'
const HOURS = '週一至週五 9:00—12:00，13:30—17:00（法定節假日除外）'

/** [mail slug, full name, short name as the 2014 plan writes it, street address in the city]. */
const CITY_OFFICE = ['bgt', '青島市人民政府辦公廳', '市政府辦公廳', '市南區香港中路11號'] as const

const CITY_DEPARTMENTS = [
  ['bwb', '青島市機構編制委員會辦公室', '市編委辦', '市南區香港中路11號'],
  ['spb', '青島市行政審批事務管理辦公室', '市行政審批事務管理辦', '市南區閩江路7號'],
  ['swj', '青島市商務局', '市商務局', '市南區香港中路76號'],
  ['czj', '青島市財政局', '市財政局', '市南區東海西路29號'],
  ['sjj', '青島市審計局', '市審計局', '市南區香港中路11號'],
  ['gtj', '青島市國土資源和房屋管理局', '市國土資源房管局', '市南區寧夏路166號'],
  ['nw', '青島市農業委員會', '市農委', '市北區延安三路221號'],
  ['cjw', '青島市城鄉建設委員會', '市城鄉建設委', '市南區寧夏路162號'],
  ['ggzy', '青島市公共資源交易管理辦公室', '市公共資源交易管理辦', '市北區山東路171號'],
  ['fgw', '青島市發展和改革委員會', '市發展改革委', '市南區香港中路11號'],
  ['jyj', '青島市教育局', '市教育局', '市南區福州南路15號'],
  ['kjj', '青島市科學技術局', '市科技局', '市南區閩江路2號'],
  ['wjw', '青島市衛生和計劃生育委員會', '市衛生計生委', '市南區閩江路7號'],
  ['rsj', '青島市人力資源和社會保障局', '市人力資源社會保障局', '市南區福州南路19號'],
  ['mzj', '青島市民政局', '市民政局', '市南區福州南路23號'],
  ['hbj', '青島市環境保護局', '市環保局', '市南區寧夏路158號'],
  ['ajj', '青島市安全生產監督管理局', '市安全監管局', '市北區南京路120號'],
  ['gzw', '青島市人民政府國有資產監督管理委員會', '市政府國資委', '市南區東海西路37號'],
  ['spj', '青島市食品藥品監督管理局', '市食品藥品監管局', '市南區東海西路51號'],
  ['zjj', '青島市質量技術監督局', '市質監局', '市南區寧夏路181號'],
  ['lyj', '青島市林業局', '市林業局', '市北區延安三路221號'],
  ['hyj', '青島市海洋與漁業局', '市海洋與漁業局', '市南區東海西路35號'],
  ['xmj', '青島市畜牧獸醫局', '市畜牧局', '市北區延安三路221號'],
  ['lsj', '青島市糧食局', '市糧食局', '市北區撫順路16號'],
  ['dzb', '青島市電子政務和信息資源管理辦公室', '市電政信息辦', '市南區香港中路11號'],
] as const

/** The district governments and county-level cities of 2014, with their administrative division codes. */
const DISTRICTS = [
  ['shinan', '370202', '青島市市南區人民政府', '市南區政府', '市南區寧夏路286號'],
  ['shibei', '370203', '青島市市北區人民政府', '市北區政府', '市北區撫順路18號'],
  ['huangdao', '370211', '青島市黃島區人民政府', '黃島區政府', '黃島區長江中路216號'],
  ['laoshan', '370212', '青島市嶗山區人民政府', '嶗山區政府', '嶗山區株洲路150號'],
  ['licang', '370213', '青島市李滄區人民政府', '李滄區政府', '李滄區黑龍江中路615號'],
  ['chengyang', '370214', '青島市城陽區人民政府', '城陽區政府', '城陽區正陽中路200號'],
  ['jiaozhou', '370281', '膠州市人民政府', '膠州市政府', '膠州市廣州北路1號'],
  ['jimo', '370282', '即墨市人民政府', '即墨市政府', '即墨市蓮花山路2號'],
  ['pingdu', '370283', '平度市人民政府', '平度市政府', '平度市紅旗路1號'],
  ['laixi', '370285', '萊西市人民政府', '萊西市政府', '萊西市上海西路3號'],
] as const

/**
 * Lead "departments" of the plan that are not one organisation: 各區、市政府 means every district
 * government and county-level city, so it stands for all ten of them.
 */
export const PLAN_GROUPS: Record<string, string[]> = {
  '各區、市政府': DISTRICTS.map(([, , , shortName]) => shortName),
}

/** The short names a lead department of the plan stands for. */
export const leadShortNames = (planName: string): string[] => PLAN_GROUPS[planName] ?? [planName]

const guide = (slug: string, office: string, address: string, index: number): DemoDepartment['guide'] => {
  const phone = 85910000 + index * 101
  return {
    office,
    address: `山東省青島市${address}`,
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
    guide: guide(CITY_OFFICE[0], '青島市人民政府信息公開辦公室', CITY_OFFICE[3], 0),
  },
  ...CITY_DEPARTMENTS.map(([slug, name, shortName, address], i): DemoDepartment => ({
    name,
    shortName,
    code: demoCreditCode(CITY_REGION, 101 + i),
    level: 'department',
    guide: guide(slug, `${name}辦公室`, address, 1 + i),
  })),
  ...DISTRICTS.map(([slug, region, name, shortName, address], i): DemoDepartment => ({
    name,
    shortName,
    code: demoCreditCode(region, 1),
    level: 'district',
    guide: guide(slug, `${name}辦公室`, address, 1 + CITY_DEPARTMENTS.length + i),
  })),
]
