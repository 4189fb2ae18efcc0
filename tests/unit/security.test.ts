import { describe, expect, it } from '@jest/globals'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js'

import { accountSettingsFromEnv } from '../../src/config/accounts.js'
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from '../../src/lib/securityHeaders.mjs'
import { resolveServerURL } from '../../src/config/serverUrl.js'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../src/lib/password.js'
import { clientAddressOf, rateLimiter } from '../../src/lib/rateLimit.js'

describe('the public server URL', () => {
  it('refuses to start production without GONGKAI_SERVER_URL, naming the variable', () => {
    expect(() => resolveServerURL({ NODE_ENV: 'production' })).toThrow(/GONGKAI_SERVER_URL must be set in production/)
    expect(() => resolveServerURL({ NODE_ENV: 'production', GONGKAI_SERVER_URL: '  ' })).toThrow(/GONGKAI_SERVER_URL/)
  })

  it('refuses plain http in production and anything but an origin anywhere', () => {
    expect(() => resolveServerURL({ NODE_ENV: 'production', GONGKAI_SERVER_URL: 'http://gongkai.example.gov.cn' })).toThrow(/https/)
    expect(() => resolveServerURL({ NODE_ENV: 'development', GONGKAI_SERVER_URL: 'https://gongkai.example.gov.cn/admin' })).toThrow(
      /no path/,
    )
    expect(() => resolveServerURL({ NODE_ENV: 'development', GONGKAI_SERVER_URL: 'gongkai.example.gov.cn' })).toThrow(/origin/)
  })

  it('allows plain http in production on the loopback only (a smoke test of the built app), and defers the check while next build runs', () => {
    expect(resolveServerURL({ NODE_ENV: 'production', GONGKAI_SERVER_URL: 'http://127.0.0.1:3123' })).toBe('http://127.0.0.1:3123')
    expect(() => resolveServerURL({ NODE_ENV: 'production', GONGKAI_SERVER_URL: 'http://10.0.0.5:3000' })).toThrow(/https/)
    expect(resolveServerURL({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe('')
  })

  it('gives the origin as the Origin header spells it, and none in development when unset', () => {
    expect(resolveServerURL({ NODE_ENV: 'production', GONGKAI_SERVER_URL: 'https://gongkai.example.gov.cn/' })).toBe(
      'https://gongkai.example.gov.cn',
    )
    expect(resolveServerURL({ NODE_ENV: 'development' })).toBe('')
  })
})

describe('the password policy', () => {
  it('asks for at least 12 characters, counting characters, not bytes', () => {
    expect([...'1234'].length).toBeLessThan(MIN_PASSWORD_LENGTH)
    expect(passwordProblem('1234')).toBe('tooShort')
    expect(passwordProblem('政府信息公開工作要點')).toBe('tooShort')
    expect(passwordProblem('青島市政府信息公開工作要點二〇一四')).toBeNull()
  })

  it('refuses common passwords, in any case', () => {
    expect(passwordProblem('123456789012')).toContain('common')
    expect(passwordProblem('password1234')).toContain('common')
    expect(passwordProblem('PassWord1234')).toContain('common')
  })

  it('lets the demo and test passwords through', () => {
    expect(passwordProblem('demo-only-password')).toBeNull()
    expect(passwordProblem('test-password-only')).toBeNull()
  })
})

describe('sign-in settings from the environment', () => {
  it('makes cookies Secure in production only and reads the trusted proxies', () => {
    expect(accountSettingsFromEnv({ NODE_ENV: 'production' })).toEqual({ secureCookies: true, trustProxy: 0 })
    expect(accountSettingsFromEnv({ NODE_ENV: 'development', GONGKAI_TRUST_PROXY: '1' })).toEqual({ secureCookies: false, trustProxy: 1 })
    expect(() => accountSettingsFromEnv({ NODE_ENV: 'development', GONGKAI_TRUST_PROXY: 'yes' })).toThrow(/GONGKAI_TRUST_PROXY/)
  })
})

describe('throttle building blocks', () => {
  it('gives back a forgiven request, so only failures count', () => {
    let now = 0
    const limiter = rateLimiter({ limit: 2, windowMs: 60_000 }, () => now)
    expect(limiter.take('a')).toBeNull()
    limiter.forgive('a')
    expect(limiter.take('a')).toBeNull()
    expect(limiter.take('a')).toBeNull()
    expect(limiter.take('a')).toBe(60)
    now = 60_000
    expect(limiter.take('a')).toBeNull()
  })

  it('reads the client from the entry the trusted proxy wrote', () => {
    const header = (value: string) => (name: string) => (name === 'x-forwarded-for' ? value : undefined)
    expect(clientAddressOf(header('6.6.6.6, 10.0.0.9'), undefined, 1)).toBe('10.0.0.9')
    expect(clientAddressOf(header('6.6.6.6, 10.0.0.9, 10.0.0.1'), undefined, 2)).toBe('10.0.0.9')
    expect(clientAddressOf(header('6.6.6.6'), '192.0.2.1', 0)).toBe('192.0.2.1')
  })
})

describe('security headers of the Next app', () => {
  /** The headers Next sends on a path: every matching rule in order, a later one overriding an earlier. */
  const headersOn = (path: string, production: boolean) => {
    const headers: Record<string, string> = {}
    for (const rule of securityHeaders({ production })) {
      if (getPathMatch(rule.source)(path) !== false) for (const { key, value } of rule.headers) headers[key] = value
    }
    return headers
  }

  it('sends CSP with frame-ancestors, nosniff, Referrer-Policy and X-Frame-Options on the admin', () => {
    const headers = headersOn('/admin/collections/disclosures', false)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN')
    const csp = headers['Content-Security-Policy']
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
    expect(csp).toContain("object-src 'none'")
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  it('adds HSTS and drops unsafe-eval and the dev websocket in production', () => {
    const headers = headersOn('/admin', true)
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=31536000/)
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(headers['Content-Security-Policy']).not.toContain('ws:')
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self';")
  })

  it('gives the staff API and its files a policy that loads nothing, except the development GraphQL playground', () => {
    for (const path of ['/api/users/login', '/api/graphql', '/api/media/file/a.svg']) {
      const headers = headersOn(path, true)
      expect(headers['Content-Security-Policy']).toBe(API_CONTENT_SECURITY_POLICY)
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Strict-Transport-Security']).toMatch(/max-age/)
    }
    expect(headersOn('/api/graphql-playground', false)['Content-Security-Policy']).toContain("script-src 'self'")
  })
})
