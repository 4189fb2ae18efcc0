import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { errorText, graphql, rest } from '../helpers/api.js'
import { bootApp, type TestApp } from '../helpers/payload.js'

const SERVER_URL = 'https://gongkai.example.gov.cn'
const PASSWORD = 'test-password-only'

/** A REST call with the headers a browser or an attacker sends (client address, Origin, cookie). */
const call = async (
  app: TestApp,
  method: string,
  path: string,
  init: { body?: BodyInit; json?: unknown; headers?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = { ...init.headers }
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const request = new Request(`${SERVER_URL}/api${path}`, {
    method,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  const response = await handleEndpoints({ config: app.config, request })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers }
}

const login = (app: TestApp, email: string, password: string, client: string) =>
  call(app, 'POST', '/users/login', { json: { email, password }, headers: { 'X-Forwarded-For': client } })

/** The field a Payload ValidationError names. */
const fieldOf = (body: any): string | undefined => body?.errors?.[0]?.data?.errors?.[0]?.path

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** The reference app as production starts it: NODE_ENV=production, a strong secret and the public URL. */
describe('staff accounts in production', () => {
  let app: TestApp
  let admin: { id: number | string; token: string }
  const users: Record<string, number | string> = {}

  const makeUser = async (email: string, roles: string[] = ['editor']) => {
    const user = await app.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles } as any })
    users[email] = user.id
    return user
  }

  beforeAll(async () => {
    app = await bootApp('accounts', { NODE_ENV: 'production', PAYLOAD_SECRET: 'f'.repeat(64), GONGKAI_SERVER_URL: SERVER_URL })
    const created = await makeUser('admin@accounts.localhost', ['admin'])
    const { token } = await app.payload.login({ collection: 'users', data: { email: 'admin@accounts.localhost', password: PASSWORD } })
    admin = { id: created.id, token: token as string }
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  describe('the password policy', () => {
    it('refuses a 4-character password on create, naming password and the 12-character rule', async () => {
      const res = await rest(app.config, 'POST', '/users', {
        token: admin.token,
        body: { email: 'short@accounts.localhost', password: '1234', roles: ['editor'] },
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('password')
      expect(errorText(res.body)).toContain('password.tooShort')
    })

    it('refuses a common password however long, naming password', async () => {
      const res = await rest(app.config, 'POST', '/users', {
        token: admin.token,
        body: { email: 'common@accounts.localhost', password: '123456789012', roles: ['editor'] },
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('password')
      expect(errorText(res.body)).toContain('password.common')
    })

    it('refuses a weak password when an admin sets one on update', async () => {
      const editor = await makeUser('weak-update@accounts.localhost')
      const res = await rest(app.config, 'PATCH', `/users/${editor.id}`, { token: admin.token, body: { password: 'password' } })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('password')
    })

    it('refuses a weak password on reset by token, and takes a strong one', async () => {
      await makeUser('reset@accounts.localhost')
      const token = await app.payload.forgotPassword({
        collection: 'users',
        data: { email: 'reset@accounts.localhost' },
        disableEmail: true,
      })
      const weak = await call(app, 'POST', '/users/reset-password', { json: { token, password: '1234' } })
      expect(weak.status).toBe(400)
      expect(fieldOf(weak.body)).toBe('password')
      const strong = await call(app, 'POST', '/users/reset-password', { json: { token, password: 'a-long-unusual-passphrase' } })
      expect(strong.status).toBe(200)
    })
  })

  describe('changing one own password', () => {
    let self: { id: number | string; token: string }
    beforeAll(async () => {
      const user = await makeUser('self@accounts.localhost')
      const { token } = await app.payload.login({ collection: 'users', data: { email: 'self@accounts.localhost', password: PASSWORD } })
      self = { id: user.id, token: token as string }
    })

    it('needs the current password, named currentPassword', async () => {
      const res = await rest(app.config, 'PATCH', `/users/${self.id}`, { token: self.token, body: { password: 'my-new-long-password' } })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('currentPassword')
      expect(errorText(res.body)).toContain('password.currentRequired')
    })

    it('refuses a wrong current password, over GraphQL too', async () => {
      const res = await rest(app.config, 'PATCH', `/users/${self.id}`, {
        token: self.token,
        body: { password: 'my-new-long-password', currentPassword: 'not-my-password' },
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('currentPassword')
      expect(errorText(res.body)).toContain('password.currentWrong')
      const gql = await graphql(
        app.config,
        `mutation { updateUser(id: ${JSON.stringify(self.id)}, data: { password: "my-new-long-password" }) { id } }`,
        { token: self.token },
      )
      expect(errorText(gql.body)).toContain('password.currentRequired')
    })

    it('changes it with the right current password', async () => {
      const res = await rest(app.config, 'PATCH', `/users/${self.id}`, {
        token: self.token,
        body: { password: 'my-new-long-password', currentPassword: PASSWORD },
      })
      expect(res.status).toBe(200)
      expect(res.body.doc.currentPassword).toBeUndefined()
      const { user } = await app.payload.login({
        collection: 'users',
        data: { email: 'self@accounts.localhost', password: 'my-new-long-password' },
      })
      expect(user?.id).toBe(self.id)
    })

    it('stops a session that guesses the current password, as the login throttle would', async () => {
      const user = await makeUser('guessed@accounts.localhost')
      const { token } = await app.payload.login({ collection: 'users', data: { email: 'guessed@accounts.localhost', password: PASSWORD } })
      const guess = (i: number) =>
        rest(app.config, 'PATCH', `/users/${user.id}`, {
          token: token as string,
          body: { password: 'taken-over-password', currentPassword: `guess-number-${i}` },
        })
      for (let i = 0; i < 5; i++) expect(fieldOf((await guess(i)).body)).toBe('currentPassword')
      const sixth = await guess(6)
      expect(sixth.status).toBe(429)
      expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    })

    it('is not asked of an admin setting another user password', async () => {
      const res = await rest(app.config, 'PATCH', `/users/${self.id}`, { token: admin.token, body: { password: 'set-by-the-admin-1' } })
      expect(res.status).toBe(200)
    })
  })

  describe('login throttles', () => {
    it('five wrong passwords from one client do not lock the admin out: that client waits, the admin logs in from elsewhere', async () => {
      const attacker = '203.0.113.9'
      for (let i = 0; i < 5; i++) expect((await login(app, 'admin@accounts.localhost', `wrong-password-${i}`, attacker)).status).toBe(401)
      const sixth = await login(app, 'admin@accounts.localhost', 'wrong-password-6', attacker)
      expect(sixth.status).toBe(429)
      expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(errorText(sixth.body)).toContain('throttle.login')
      const owner = await login(app, 'admin@accounts.localhost', PASSWORD, '198.51.100.7')
      expect(owner.status).toBe(200)
    })

    it('guesses at one account from many clients are held to a short per-account window', async () => {
      await makeUser('target@accounts.localhost')
      for (let i = 0; i < 10; i++)
        expect((await login(app, 'target@accounts.localhost', 'wrong-password-x', `192.0.2.${i + 1}`)).status).toBe(401)
      const next = await login(app, 'target@accounts.localhost', 'wrong-password-x', '192.0.2.200')
      expect(next.status).toBe(429)
      const wait = Number(next.headers.get('retry-after'))
      expect(wait).toBeGreaterThan(0)
      expect(wait).toBeLessThanOrEqual(60)
    })

    it('an unknown account answers and is throttled exactly like a known one', async () => {
      const client = '203.0.113.50'
      const known = await login(app, 'admin@accounts.localhost', 'wrong-password-k', '203.0.113.51')
      for (let i = 0; i < 5; i++) {
        const res = await login(app, 'nobody@accounts.localhost', 'wrong-password-u', client)
        expect(res.status).toBe(401)
        expect(res.body).toEqual(known.body)
      }
      expect((await login(app, 'nobody@accounts.localhost', 'wrong-password-u', client)).status).toBe(429)
    })

    it('a login for an unknown account takes about as long as a wrong password for a known one', async () => {
      await makeUser('timing@accounts.localhost')
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < 5; i++) {
        known.push(await timed(() => login(app, 'timing@accounts.localhost', 'wrong-password-t', `198.18.0.${i + 1}`)))
        unknown.push(await timed(() => login(app, `ghost${i}@accounts.localhost`, 'wrong-password-t', `198.18.1.${i + 1}`)))
      }
      // A password check costs hundreds of ms (600,000 PBKDF2 rounds); without the dummy check an unknown account answered in a few.
      const ratio = median(unknown) / median(known)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })
  })

  describe('forgot-password', () => {
    it('answers the same for a known and an unknown address, and throttles each address with Retry-After', async () => {
      await makeUser('forgot@accounts.localhost')
      const known = await call(app, 'POST', '/users/forgot-password', {
        json: { email: 'forgot@accounts.localhost' },
        headers: { 'X-Forwarded-For': '203.0.113.70' },
      })
      const unknown = await call(app, 'POST', '/users/forgot-password', {
        json: { email: 'nobody@accounts.localhost' },
        headers: { 'X-Forwarded-For': '203.0.113.71' },
      })
      expect(known.status).toBe(200)
      expect(unknown.status).toBe(200)
      expect(unknown.body).toEqual(known.body)
      for (let i = 0; i < 4; i++) {
        expect(
          (
            await call(app, 'POST', '/users/forgot-password', {
              json: { email: 'nobody@accounts.localhost' },
              headers: { 'X-Forwarded-For': `203.0.113.${80 + i}` },
            })
          ).status,
        ).toBe(200)
      }
      const limited = await call(app, 'POST', '/users/forgot-password', {
        json: { email: 'nobody@accounts.localhost' },
        headers: { 'X-Forwarded-For': '203.0.113.90' },
      })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    })

    it('is not offered over GraphQL, where it would skip the throttle', async () => {
      const res = await graphql(app.config, 'mutation { forgotPasswordUser(email: "forgot@accounts.localhost") }')
      expect(errorText(res.body)).toContain('/api/users/forgot-password')
    })
  })

  describe('cookies and cross-site requests', () => {
    it('a production login sets a Secure, HttpOnly, SameSite=Lax session cookie', async () => {
      const res = await login(app, 'admin@accounts.localhost', PASSWORD, '198.51.100.8')
      expect(res.status).toBe(200)
      const cookie = res.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/; Secure/)
      expect(cookie).toMatch(/; HttpOnly/)
      expect(cookie).toMatch(/; SameSite=Lax/)
    })

    it('a cross-origin form post carrying the admin cookie creates nothing; the same post from the admin origin does', async () => {
      const form = (email: string) => {
        const body = new FormData()
        body.set('_payload', JSON.stringify({ email, password: 'an-attacker-password', roles: ['admin'] }))
        return body
      }
      const cookie = `payload-token=${admin.token}`
      const evil = await call(app, 'POST', '/users', {
        body: form('evil@accounts.localhost'),
        headers: { Cookie: cookie, Origin: 'https://evil.example' },
      })
      expect(evil.status).toBe(403)
      expect(errorText(evil.body)).toContain('您无权执行此操作')
      const { totalDocs } = await app.payload.count({ collection: 'users', where: { email: { equals: 'evil@accounts.localhost' } } })
      expect(totalDocs).toBe(0)
      const same = await call(app, 'POST', '/users', {
        body: form('same-origin@accounts.localhost'),
        headers: { Cookie: cookie, Origin: SERVER_URL },
      })
      expect(same.status).toBe(201)
    })
  })
})
