import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Where } from 'payload'

import type { Department, Disclosure } from '../../src/payload-types.js'
import { creditCodeCheck } from '../../src/seed/codes.js'
import { leadShortNames } from '../../src/seed/departments.js'
import { DEMO_ACCOUNTS, DEMO_DEPARTMENT, DEMO_PASSWORD, seedDemo } from '../../src/seed/index.js'
import { RECORDS_IN_PROGRESS } from '../../src/seed/recordsInProgress.js'
import { INTERPRETATIONS, RECORDS_PUBLISHED } from '../../src/seed/recordsPublished.js'
import { WORK_POINTS_2014 } from '../../src/seed/workPoints2014.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const SEEDED: CollectionSlug[] = ['users', 'departments', 'catalogue-entries', 'disclosures', 'interpretations', 'audit-log']

const planLeads = (): string[] => [
  ...new Set(
    WORK_POINTS_2014.sections.flatMap((section) => [...section.leadDepartments, ...section.items.flatMap((item) => item.leadDepartments)]),
  ),
]

/** The development demo data (`npm run seed`), made through the workflow on a fresh database. */
describe('the demo seed', () => {
  let app: TestApp
  let departments: Department[]
  const shortNameOf = (id: unknown) => departments.find((department) => department.id === id)?.shortName

  beforeAll(async () => {
    app = await bootApp('seed')
    await expect(seedDemo(app.payload)).resolves.toEqual({ seeded: true })
    departments = (await app.payload.find({ collection: 'departments', pagination: false, depth: 0 })).docs
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const catalogueWhere = (where: Where) =>
    app.payload.find({ collection: 'catalogue-entries', where, sort: 'order', pagination: false, depth: 0 }).then(({ docs }) => docs)
  /** The latest version (draft or not) and the stored main document of the record with this title. */
  const record = async (title: string) => {
    const where: Where = { title: { equals: title } }
    const [latest] = (await app.payload.find({ collection: 'disclosures', where, draft: true, depth: 0 })).docs
    const [main] = (await app.payload.find({ collection: 'disclosures', where, depth: 0 })).docs
    return { latest, main }
  }
  const userId = async (email: string) =>
    (await app.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]?.id

  it('has the city office and every lead department of the 2014 plan, each with a credit code of its own', () => {
    expect(departments.find((department) => department.shortName === '市政府办公厅')).toMatchObject({
      name: '青岛市人民政府办公厅',
      level: 'city',
    })
    const shortNames = departments.map((department) => department.shortName)
    const missing = planLeads()
      .flatMap(leadShortNames)
      .filter((name) => !shortNames.includes(name))
    expect(missing).toEqual([])
    expect(leadShortNames('各区、市政府')).toHaveLength(10)
    for (const department of departments) {
      expect(department.code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
      expect(creditCodeCheck(department.code.slice(0, 17))).toBe(department.code[17])
      expect(department.guide).toMatchObject({
        office: expect.any(String),
        address: expect.any(String),
        hours: expect.any(String),
        phone: expect.any(String),
        email: expect.any(String),
        website: expect.any(String),
      })
    }
    expect(new Set(departments.map((department) => department.code)).size).toBe(departments.length)
  })

  it('builds the city catalogue from the nine sections, their items as children with their lead departments', async () => {
    const sections = await catalogueWhere({ parent: { exists: false } })
    expect(sections.map((entry) => entry.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09'])
    expect(sections.map((entry) => entry.title)).toEqual(WORK_POINTS_2014.sections.map((section) => section.title))
    for (const [i, section] of sections.entries()) {
      const plan = WORK_POINTS_2014.sections[i]
      const items = await catalogueWhere({ parent: { equals: section.id } })
      expect(items.map((item) => item.title)).toEqual(plan.items.map((item) => item.title))
      for (const [j, item] of items.entries()) {
        expect(item).toMatchObject({
          code: `${section.code}-${String(j + 1).padStart(2, '0')}`,
          order: j + 1,
          timeLimit: expect.stringMatching(/\S/),
        })
        const expected = [...new Set(plan.items[j].leadDepartments.flatMap(leadShortNames))]
        expect((item.leadDepartments ?? []).map(shortNameOf)).toEqual(expected)
      }
    }
  })

  it('has the demo accounts with their roles, the editor and reviewer in one department, able to sign in', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = (await app.payload.find({ collection: 'users', where: { email: { equals: account.email } }, depth: 0 })).docs
      expect(user?.roles).toEqual(account.roles)
      expect((user?.departments ?? []).map(shortNameOf)).toEqual(account.departments)
      await expect(
        app.payload.login({ collection: 'users', data: { email: account.email, password: DEMO_PASSWORD } }),
      ).resolves.toMatchObject({ token: expect.any(String) })
    }
    const inDepartment = DEMO_ACCOUNTS.filter((account) => account.departments.includes(DEMO_DEPARTMENT)).map((account) => account.roles)
    expect(inDepartment).toEqual([['editor'], ['reviewer']])
  })

  it('has records that are drafted, awaiting review and sent back, none of them public', async () => {
    const drafted = await record(RECORDS_IN_PROGRESS.budgetPreparation.title)
    expect(drafted.latest).toMatchObject({ _status: 'draft', disclosure: { attribute: 'proactive' }, secrecyReview: { status: 'pending' } })
    const awaiting = await record(RECORDS_IN_PROGRESS.midYearReport.title)
    expect(awaiting.latest).toMatchObject({
      _status: 'draft',
      disclosure: { attribute: 'proactive', decidedBy: expect.anything() },
      secrecyReview: { status: 'pending' },
    })
    const { totalDocs: versions } = await app.payload.findVersions({
      collection: 'disclosures',
      where: { parent: { equals: awaiting.latest?.id } },
      depth: 0,
    })
    expect(versions).toBeGreaterThanOrEqual(2)
    const sentBack = await record(RECORDS_IN_PROGRESS.vehicleCosts.title)
    expect(sentBack.latest).toMatchObject({ _status: 'draft', secrecyReview: { status: 'rejected', opinion: expect.stringMatching(/\S/) } })
    for (const { main } of [drafted, awaiting, sentBack]) expect(main?._status).toBe('draft')
  })

  it('has records withheld at the source, with their reasons and grounds', async () => {
    const onRequest = await record(RECORDS_IN_PROGRESS.agriculturalFunds.title)
    expect(onRequest.latest).toMatchObject({
      _status: 'draft',
      disclosure: { attribute: 'on_request', reason: expect.stringMatching(/\S/) },
    })
    const withheld = await record(RECORDS_IN_PROGRESS.budgetRequest.title)
    expect(withheld.latest).toMatchObject({
      _status: 'draft',
      disclosure: { attribute: 'not_disclosed', reason: expect.stringMatching(/\S/), grounds: ['process_information'] },
    })
  })

  it('has published records passed by the department reviewer, one confirmed with another agency', async () => {
    const reviewer = await userId('reviewer@gongkai.localhost')
    const editor = await userId('editor@gongkai.localhost')
    for (const { title } of [
      RECORDS_PUBLISHED.budgetPublication,
      RECORDS_PUBLISHED.procurementCatalogue,
      RECORDS_PUBLISHED.auditRectification,
    ]) {
      const { main } = await record(title)
      expect(main).toMatchObject({
        _status: 'published',
        disclosure: { attribute: 'proactive' },
        secrecyReview: { status: 'passed', reviewer },
        createdBy: editor,
        publishedLate: false,
      })
      expect(main?.publishedAt).toMatch(/^2014-/)
      expect(main?.indexNumber).toMatch(/^[0-9A-Z]{18}\/2014-\d{5}$/)
    }
    const { main: audited } = await record(RECORDS_PUBLISHED.auditRectification.title)
    const [confirmation] = audited?.secrecyReview?.agencyConfirmations ?? []
    expect(confirmation).toMatchObject({ status: 'confirmed', confirmedBy: expect.anything() })
    expect(shortNameOf(confirmation?.department)).toBe('市审计局')
  })

  it('keeps repealed rules public, marked and linked to the rules that replaced them', async () => {
    const { main: old } = await record(RECORDS_PUBLISHED.budgetRules2010.title)
    const { main: replacement } = await record(RECORDS_PUBLISHED.budgetRules2014.title)
    expect(old).toMatchObject({
      _status: 'published',
      validity: { status: 'repealed', replacedBy: replacement?.id, effectiveUntil: expect.any(String) },
    })
    expect(replacement).toMatchObject({ _status: 'published', validity: { status: 'valid' } })
  })

  it('has a policy published together with its reviewed interpretations', async () => {
    const { main: policy } = await record(RECORDS_PUBLISHED.specialFunds.title)
    expect(policy).toMatchObject({ _status: 'published', requiresInterpretation: true })
    const { docs } = await app.payload.find({ collection: 'interpretations', where: { policies: { in: [policy?.id] } }, depth: 0 })
    expect(docs.map((doc) => doc.title).sort()).toEqual(INTERPRETATIONS.map((doc) => doc.title).sort())
    for (const doc of docs) {
      expect(doc).toMatchObject({ _status: 'published', secrecyReview: { status: 'passed' }, publishedAt: policy?.publishedAt })
    }
  })

  it('shows anonymous readers only the published, proactive, reviewed records', async () => {
    const anonymous = await app.payload.find({ collection: 'disclosures', overrideAccess: false, pagination: false, depth: 0 })
    const stored = await app.payload.find({ collection: 'disclosures', pagination: false, depth: 0 })
    const isPublic = (doc: Disclosure) =>
      doc._status === 'published' && doc.disclosure?.attribute === 'proactive' && doc.secrecyReview?.status === 'passed'
    const publicIds = stored.docs
      .filter(isPublic)
      .map((doc) => doc.id)
      .sort()
    expect(publicIds).toHaveLength(Object.keys(RECORDS_PUBLISHED).length)
    expect(anonymous.docs.map((doc) => doc.id).sort()).toEqual(publicIds)
    for (const doc of anonymous.docs) {
      expect(doc.secrecyReview).toBeUndefined()
      expect(doc.disclosure?.reason ?? undefined).toBeUndefined()
    }
    const interpretations = await app.payload.find({ collection: 'interpretations', overrideAccess: false, pagination: false, depth: 0 })
    expect(interpretations.totalDocs).toBe(INTERPRETATIONS.length)
  })

  it('creates nothing when it runs a second time', async () => {
    const count = async () => Promise.all(SEEDED.map(async (collection) => (await app.payload.count({ collection })).totalDocs))
    const before = await count()
    await expect(seedDemo(app.payload)).resolves.toEqual({ seeded: false })
    expect(await count()).toEqual(before)
  })

  it('refuses to run in production', async () => {
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      await expect(seedDemo(app.payload)).rejects.toThrow('NODE_ENV=production')
    } finally {
      env.NODE_ENV = previous
    }
  })
})
