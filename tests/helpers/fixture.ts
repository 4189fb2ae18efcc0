import type { Payload, SanitizedConfig } from 'payload'

import { rest } from './api.js'

export type Staff = { id: number | string; email: string; token: string; user: any }

export type Fixture = {
  deptA: any
  deptB: any
  catalogue: any
  admin: Staff
  office: Staff
  editorA: Staff
  editor2A: Staff
  reviewerA: Staff
  editorB: Staff
  reviewerB: Staff
}

const PASSWORD = 'test-password-only'

const makeUser = async (payload: Payload, email: string, roles: string[], departments: (number | string)[]): Promise<Staff> => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: email.split('@')[0], roles, departments } as any,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  const full = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
  return { id: user.id, email, token: token as string, user: { ...full, collection: 'users' } }
}

/** Two departments, a catalogue entry, and staff with every role. */
export const buildFixture = async (payload: Payload): Promise<Fixture> => {
  const deptA = await payload.create({
    collection: 'departments',
    data: { name: '市財政局', code: '113702000001', level: 'department' } as any,
  })
  const deptB = await payload.create({
    collection: 'departments',
    data: { name: '市教育局', code: '113702000002', level: 'department' } as any,
  })
  const catalogue = await payload.create({ collection: 'catalogue-entries', data: { title: '財政預決算', code: '04' } as any })
  const admin = await makeUser(payload, 'admin@test.localhost', ['admin'], [])
  return {
    deptA,
    deptB,
    catalogue,
    admin,
    office: await makeUser(payload, 'office@test.localhost', ['office'], []),
    editorA: await makeUser(payload, 'editor-a@test.localhost', ['editor'], [deptA.id]),
    editor2A: await makeUser(payload, 'editor2-a@test.localhost', ['editor'], [deptA.id]),
    reviewerA: await makeUser(payload, 'reviewer-a@test.localhost', ['reviewer'], [deptA.id]),
    editorB: await makeUser(payload, 'editor-b@test.localhost', ['editor'], [deptB.id]),
    reviewerB: await makeUser(payload, 'reviewer-b@test.localhost', ['reviewer'], [deptB.id]),
  }
}

/** A small Lexical document. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

export const recordData = (fixture: Fixture, overrides: Record<string, unknown> = {}) => ({
  title: '關於2014年市級財政預算執行情況的報告',
  department: fixture.deptA.id,
  catalogue: [fixture.catalogue.id],
  writtenAt: '2024-09-27T04:00:00.000Z',
  documentNumber: '青財預〔2014〕12號',
  topic: '0201',
  genre: 'report',
  body: richText('市級財政預算執行情況良好。'),
  disclosure: { attribute: 'proactive' },
  ...overrides,
})

type Doc = Record<string, any>

/** Local API calls made as a user, with access control on, as the admin and REST would. */
export const as = (payload: Payload, staff: Staff): Record<'create' | 'update' | 'pass' | 'publish', (...args: any[]) => Promise<Doc>> => ({
  create: (collection: 'disclosures' | 'interpretations', data: Record<string, unknown>, draft = true) =>
    payload.create({ collection, data: data as any, draft, depth: 0, user: staff.user, overrideAccess: false }),
  update: (collection: 'disclosures' | 'interpretations', id: number | string, data: Record<string, unknown>, draft = false) =>
    payload.update({ collection, id, data: data as any, draft, depth: 0, user: staff.user, overrideAccess: false }),
  pass: (collection: 'disclosures' | 'interpretations', id: number | string, opinion = '無涉密內容') =>
    payload.update({
      collection,
      id,
      data: { secrecyReview: { status: 'passed', opinion } } as any,
      draft: true,
      depth: 0,
      user: staff.user,
      overrideAccess: false,
    }),
  publish: (collection: 'disclosures' | 'interpretations', id: number | string) =>
    payload.update({ collection, id, data: { _status: 'published' } as any, depth: 0, user: staff.user, overrideAccess: false }),
})

/** Creates, reviews and publishes a record through the workflow. */
export const publishedRecord = async (payload: Payload, fixture: Fixture, overrides: Record<string, unknown> = {}) => {
  const draft = await as(payload, fixture.editorA).create('disclosures', recordData(fixture, overrides))
  await as(payload, fixture.reviewerA).pass('disclosures', draft.id)
  return as(payload, fixture.editorA).publish('disclosures', draft.id)
}

/** Creates, reviews and publishes an interpretation of `policies` through the workflow (as department A). */
export const publishedInterpretation = async (
  payload: Payload,
  fixture: Fixture,
  policies: (number | string)[],
  overrides: Record<string, unknown> = {},
) => {
  const draft = await as(payload, fixture.editorA).create('interpretations', {
    title: '政策解讀',
    policies,
    department: fixture.deptA.id,
    form: 'text',
    body: richText('解讀'),
    disclosure: { attribute: 'proactive' },
    ...overrides,
  })
  await as(payload, fixture.reviewerA).pass('interpretations', draft.id)
  return as(payload, fixture.editorA).publish('interpretations', draft.id)
}

/**
 * What the hostile-staff tests do to disclosures: a draft by department A's editor, the newest version
 * and the published row as stored, and a REST PATCH as any member of staff (a draft save or not).
 */
export const recordSteps = (app: { payload: Payload; config: SanitizedConfig }, fixture: Fixture) => ({
  draft: (overrides: Record<string, unknown> = {}) =>
    as(app.payload, fixture.editorA).create('disclosures', recordData(fixture, overrides)),
  latest: (id: number | string): Promise<Doc> => app.payload.findByID({ collection: 'disclosures', id, depth: 0, draft: true }),
  main: (id: number | string): Promise<Doc> => app.payload.findByID({ collection: 'disclosures', id, depth: 0 }),
  patch: (id: number | string, token: string, body: unknown, draftSave = false) =>
    rest(app.config, 'PATCH', `/disclosures/${id}${draftSave ? '?draft=true' : ''}`, { token, body }),
})
