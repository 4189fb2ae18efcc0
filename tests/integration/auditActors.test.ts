import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { errorText, rest } from '../helpers/api.js'
import { type Fixture, as, buildFixture, recordData } from '../helpers/fixture.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

/** Issue 10, hole 6: the audit trail keeps who and where, and nothing it names can be deleted. */
describe('the audit trail keeps its actors', () => {
  let app: TestApp
  let fx: Fixture

  beforeAll(async () => {
    app = await bootApp('audit_actors')
    fx = await buildFixture(app.payload)
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  const entriesOf = async (id: number | string) =>
    (await app.payload.find({ collection: 'audit-log', where: { documentId: { equals: String(id) } }, sort: 'at', depth: 0 })).docs as any[]

  it('writes the actor name and account and the department code and name into each entry', async () => {
    const doc = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    const [decided] = (await entriesOf(doc.id)).filter((entry) => entry.action === 'attribute_decided')
    expect(decided).toMatchObject({
      user: fx.editorA.id,
      userName: 'editor-a',
      userEmail: fx.editorA.email,
      department: fx.deptA.id,
      departmentCode: '113702000001',
      departmentName: '市財政局',
    })
  })

  it('refuses deleting a user who has acted, through REST and the Local API, and keeps their entries', async () => {
    const doc = await as(app.payload, fx.editor2A).create('disclosures', recordData(fx))
    const before = await entriesOf(doc.id)
    const response = await rest(app.config, 'DELETE', `/users/${fx.editor2A.id}`, { token: fx.admin.token })
    expect(response.status).toBe(409)
    expect(errorText(response.body)).toContain('"rule":"user.referenced"')
    await expect(app.payload.delete({ collection: 'users', id: fx.editor2A.id })).rejects.toMatchObject({ status: 409 })
    expect((await entriesOf(doc.id)).map((entry) => entry.user)).toEqual(before.map((entry) => entry.user))
  })

  it('deletes a user nothing refers to', async () => {
    const idle = await app.payload.create({
      collection: 'users',
      data: { email: 'idle@test.localhost', password: 'test-password-only', roles: ['editor'], departments: [fx.deptB.id] } as any,
    })
    const response = await rest(app.config, 'DELETE', `/users/${idle.id}`, { token: fx.admin.token })
    expect(response.status).toBe(200)
  })

  it('refuses deleting a department that records, users or entries refer to', async () => {
    const response = await rest(app.config, 'DELETE', `/departments/${fx.deptA.id}`, { token: fx.admin.token })
    expect(response.status).toBe(409)
    expect(errorText(response.body)).toMatch(/"rule":"department.referenced","field":"\w/)
    await expect(app.payload.delete({ collection: 'departments', id: fx.deptB.id })).rejects.toMatchObject({ status: 409 })
    const record = await as(app.payload, fx.editorA).create('disclosures', recordData(fx))
    expect(String((await app.payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })).department)).toBe(
      String(fx.deptA.id),
    )
  })

  it('deactivates an account instead: it cannot sign in and its roles grant nothing', async () => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email: 'leaver@test.localhost', password: 'test-password-only', roles: ['editor'], departments: [fx.deptA.id] } as any,
    })
    const { token } = await app.payload.login({
      collection: 'users',
      data: { email: 'leaver@test.localhost', password: 'test-password-only' },
    })
    expect((await rest(app.config, 'GET', '/disclosures?draft=true&limit=1', { token: token as string })).body.totalDocs).toBeGreaterThan(0)

    const byEditor = await rest(app.config, 'PATCH', `/users/${user.id}`, { token: fx.editorA.token, body: { active: false } })
    expect(byEditor.status).toBe(403)
    const deactivated = await rest(app.config, 'PATCH', `/users/${user.id}`, { token: fx.admin.token, body: { active: false } })
    expect(deactivated.status).toBe(200)

    const login = await rest(app.config, 'POST', '/users/login', {
      body: { email: 'leaver@test.localhost', password: 'test-password-only' },
    })
    expect(login.status).toBe(403)
    expect(errorText(login.body)).toContain('user.deactivated')
    // A session opened before still works as a token, but carries no rights.
    const created = await rest(app.config, 'POST', '/disclosures?draft=true', { token: token as string, body: recordData(fx) })
    expect(created.status).toBe(403)
    const drafts = await rest(app.config, 'GET', '/disclosures?draft=true&where[_status][equals]=draft', { token: token as string })
    expect(drafts.body.totalDocs).toBe(0)
  })
})
