import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { SMTPServer } from 'smtp-server'

import { handleEndpoints } from 'payload'

import { bootApp, type TestApp } from '../helpers/payload.js'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** SMTP_URL configures mail; a real SMTP server in the test process receives it. */
describe('mail through SMTP_URL', () => {
  let app: TestApp
  let server: SMTPServer
  const received: { from: string; to: string[]; body: string }[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            body: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
    app = await bootApp('mail')
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    await app?.payload.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('sends a password reset to a staff account', async () => {
    await app.payload.create({
      collection: 'users',
      data: { email: 'editor@mail.localhost', password: 'test-password-only', roles: ['editor'] } as any,
    })
    await app.payload.forgotPassword({ collection: 'users', data: { email: 'editor@mail.localhost' } })
    expect(received).toHaveLength(1)
    expect(received[0].to).toEqual(['editor@mail.localhost'])
    expect(received[0].from).toBe('noreply@gongkai.localhost')
    const [headers, ...body] = received[0].body.split(/\r?\n\r?\n/)
    expect(headers).toContain('Content-Transfer-Encoding: base64')
    expect(Buffer.from(body.join(''), 'base64').toString('utf8')).toContain('/reset/')
  })

  it('answers a reset request for a known and an unknown address alike, after about the same time', async () => {
    const ask = async (email: string, client: string) => {
      const started = performance.now()
      const request = new Request('http://localhost:3000/api/users/forgot-password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ email }),
      })
      const response = await handleEndpoints({ config: app.config, request })
      return { status: response.status, body: await response.text(), ms: performance.now() - started }
    }
    // Five accounts: on PostgreSQL Payload sends one account at most one reset mail per 15 s.
    for (let i = 0; i < 5; i++) {
      await app.payload.create({
        collection: 'users',
        data: { email: `staff${i}@mail.localhost`, password: 'test-password-only', roles: ['editor'] } as any,
      })
    }
    const before = received.length
    const known = []
    const unknown = []
    for (let i = 0; i < 5; i++) {
      known.push(await ask(`staff${i}@mail.localhost`, `198.51.100.${i + 1}`))
      unknown.push(await ask(`nobody${i}@mail.localhost`, `198.51.100.${i + 101}`))
    }
    expect(received.length - before).toBe(5)
    expect(new Set([...known, ...unknown].map(({ status, body }) => `${status} ${body}`)).size).toBe(1)
    // Without padding an unknown address answered in a few ms and a known one after its SMTP round trip.
    const ratio = median(unknown.map(({ ms }) => ms)) / median(known.map(({ ms }) => ms))
    expect(ratio).toBeGreaterThan(0.67)
    expect(ratio).toBeLessThan(1.5)
  })
})
