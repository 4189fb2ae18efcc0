import type { Payload } from 'payload'

import type { CatalogueEntry, Department, User } from '../payload-types.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts.js'
import { type DemoCatalogueEntry, demoCatalogue } from './catalogue.js'
import { DEMO_DEPARTMENTS } from './departments.js'

export type DemoStaff = Record<DemoAccount['key'], User>

/** What the records are built on: staff by account key, departments by short name, catalogue by code. */
export type DemoStructure = {
  staff: DemoStaff
  departments: Map<string, Department>
  catalogue: Map<string, CatalogueEntry>
}

const accountOf = (key: DemoAccount['key']): DemoAccount => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.key === key)
  if (!account) throw new Error(`seed: no demo account "${key}" in DEMO_ACCOUNTS`)
  return account
}

export const departmentOf = (departments: Map<string, Department>, shortName: string): Department => {
  const department = departments.get(shortName)
  if (!department) throw new Error(`seed: no demo department with the short name "${shortName}"`)
  return department
}

/**
 * The first account is made like the admin's create-first-user screen makes it (no one is signed in
 * yet); every later one by that administrator, with access control on.
 */
const createAccount = async (
  payload: Payload,
  key: DemoAccount['key'],
  admin: User | null,
  departments = new Map<string, Department>(),
): Promise<User> => {
  const { email, name, roles, departments: names } = accountOf(key)
  const data = {
    email,
    name,
    roles,
    password: DEMO_PASSWORD,
    departments: names.map((shortName) => departmentOf(departments, shortName).id),
  }
  return admin
    ? payload.create({ collection: 'users', data, depth: 0, user: admin, overrideAccess: false })
    : payload.create({ collection: 'users', data, depth: 0 })
}

/** The guide (公开指南): the disclosure office enters every department with its contact data. */
const seedDepartments = async (payload: Payload, office: User): Promise<Map<string, Department>> => {
  const departments = new Map<string, Department>()
  for (const data of DEMO_DEPARTMENTS) {
    const department = await payload.create({ collection: 'departments', data, depth: 0, user: office, overrideAccess: false })
    departments.set(department.shortName ?? department.name, department)
  }
  return departments
}

/** The city catalogue (公开目录), parents before their children, also kept by the office. */
const seedCatalogue = async (
  payload: Payload,
  office: User,
  departments: Map<string, Department>,
): Promise<Map<string, CatalogueEntry>> => {
  const catalogue = new Map<string, CatalogueEntry>()
  const create = async (entry: DemoCatalogueEntry, parent: CatalogueEntry | null) => {
    const { children, leadDepartments, ...fields } = entry
    const created = await payload.create({
      collection: 'catalogue-entries',
      data: { ...fields, parent: parent?.id ?? null, leadDepartments: leadDepartments.map((name) => departmentOf(departments, name).id) },
      depth: 0,
      user: office,
      overrideAccess: false,
    })
    catalogue.set(created.code, created)
    for (const child of children) await create(child, created)
  }
  for (const section of demoCatalogue()) await create(section, null)
  return catalogue
}

/** Accounts, departments and the catalogue, in the order the people who run the platform would enter them. */
export const seedStructure = async (payload: Payload): Promise<DemoStructure> => {
  const admin = await createAccount(payload, 'admin', null)
  const office = await createAccount(payload, 'office', admin)
  const departments = await seedDepartments(payload, office)
  const catalogue = await seedCatalogue(payload, office, departments)
  const editor = await createAccount(payload, 'editor', admin, departments)
  const reviewer = await createAccount(payload, 'reviewer', admin, departments)
  const agency = await createAccount(payload, 'agency', admin, departments)
  return { staff: { admin, office, editor, reviewer, agency }, departments, catalogue }
}
