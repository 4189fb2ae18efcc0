/**
 * The admin pages an editor and a reviewer open first, on `next start` of the build: the dashboard (`/admin`),
 * the records list (`/admin/collections/disclosures`, first page, default columns) and the JSON read that list
 * makes (`/api/disclosures?limit=10&depth=0&draft=true`), signed in with the session cookie of a demo account
 * of the department that owns most of the records (bench/adminData.ts). One request at a time: a warm-up, then
 * BENCH_ADMIN_REQUESTS sequential requests per page. The time is from sending the request to the last byte of
 * the response on loopback (the whole streamed HTML: Next sends the shell first and the rest as the server
 * components finish; the time to the response headers is reported beside it).
 */
import os from 'node:os'

import { type AdminAccount, adminAccount } from './adminData.js'
import { between, quiesce, snapshot } from './cpu.js'
import type { DatabaseName, Manifest } from './env.js'
import type { Server } from './procs.js'

/** The issue's target: the editor's dashboard and the records list answer in under this at p95 (server time). */
export const ADMIN_P95_MS = 500

export type AdminTiming = {
  name: string
  label: string
  path: string
  account: string
  /** A target of the issue (else measured for information). */
  target: boolean
  ok: boolean
  problem?: string
  requests?: number
  p50?: number
  p95?: number
  max?: number
  /** Time to the response headers. */
  headersP50?: number
  headersP95?: number
  bytes?: number
  serverCpuMs?: number | null
  postgresCpuMs?: number | null
  /** Cores busy on average during the measured requests, the whole machine (the bench included). */
  machineCores?: number | null
  busyBefore?: string
}

export type AdminResult = { timings: AdminTiming[]; problems: string[]; loadAverage: number[]; requests: number; warmup: number }

type Page = { name: string; label: string; path: string; account: AdminAccount['key']; target: boolean; kind: 'html' | 'json' }

const LIST_JSON = '/api/disclosures?limit=10&depth=0&draft=true'

const PAGES: Page[] = [
  { name: 'admin-editor-dashboard', label: "editor's dashboard", path: '/admin', account: 'editor', target: true, kind: 'html' },
  {
    name: 'admin-editor-list',
    label: 'records list (first page, default columns), editor',
    path: '/admin/collections/disclosures',
    account: 'editor',
    target: true,
    kind: 'html',
  },
  {
    name: 'admin-editor-list-json',
    label: 'the list’s JSON read, editor',
    path: LIST_JSON,
    account: 'editor',
    target: false,
    kind: 'json',
  },
  { name: 'admin-reviewer-dashboard', label: "reviewer's dashboard", path: '/admin', account: 'reviewer', target: false, kind: 'html' },
  { name: 'admin-office-dashboard', label: "office's dashboard", path: '/admin', account: 'office', target: false, kind: 'html' },
]

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`)
  return value
}

/** The session cookie of an account, from Payload's login endpoint. */
const signIn = async (base: string, account: AdminAccount): Promise<string> => {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
    signal: AbortSignal.timeout(60_000),
  })
  const body = (await res.json().catch(() => ({}))) as { token?: string; errors?: { message?: string }[] }
  if (res.status !== 200 || !body.token)
    throw new Error(`signing in as ${account.email}: HTTP ${res.status} ${body.errors?.[0]?.message ?? ''}`.trim())
  const cookie = `payload-token=${body.token}`
  const me = await request(`${base}/api/users/me`, cookie)
  const email = (JSON.parse(me.body) as { user?: { email?: string } | null }).user?.email
  if (email !== account.email)
    throw new Error(`the session cookie of ${account.email} is not accepted (/api/users/me: ${me.body.slice(0, 100)})`)
  return cookie
}

type Sample = { ms: number; headersMs: number; status: number; bytes: number; body: string; location: string | null }

const request = async (url: string, cookie: string): Promise<Sample> => {
  const t0 = performance.now()
  // As a browser sends it: with `csrf` configured, Payload reads the session cookie of a request without an Origin
  // only when Sec-Fetch-Site says same-origin, same-site or none (extractJWT); else the admin redirects to its login.
  const headers = { cookie, 'sec-fetch-site': 'same-origin' }
  const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(120_000) })
  const headersMs = performance.now() - t0
  const body = await res.text()
  return {
    ms: performance.now() - t0,
    headersMs,
    status: res.status,
    bytes: Buffer.byteLength(body),
    body,
    location: res.headers.get('location'),
  }
}

/** What an answer must be before it is timed: the page itself, signed in, not the login screen or an error. */
const check = (page: Page, s: Sample): string | null => {
  if (s.status !== 200) return `HTTP ${s.status}${s.location ? ` to ${s.location}` : ''}: ${s.body.slice(0, 200)}`
  if (page.kind === 'json') {
    const json = JSON.parse(s.body) as { docs?: unknown[]; totalDocs?: number }
    return json.docs?.length === 10 ? null : `expected 10 docs, got ${json.docs?.length ?? 'none'}: ${s.body.slice(0, 200)}`
  }
  // A server component's redirect still answers 200: the login screen's address is in the streamed payload.
  if (/NEXT_REDIRECT|\/admin\/login/.test(s.body)) return 'answered a redirect to the login screen (not signed in)'
  if (!s.body.includes('/admin/collections/disclosures')) return 'the page has no link to the records list'
  if (page.path.includes('/collections/') && !/\/admin\/collections\/disclosures\/\d+/.test(s.body)) return 'the list shows no record'
  return null
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]
const round1 = (n: number) => Math.round(n * 10) / 10

type Timed = Omit<AdminTiming, 'name' | 'label' | 'path' | 'account' | 'target'>

const timePage = async (base: string, page: Page, cookie: string, warmup: number, requests: number, pgid?: number): Promise<Timed> => {
  const url = `${base}${page.path}`
  const first = await request(url, cookie)
  const problem = check(page, first)
  if (problem) return { ok: false, problem }
  for (let i = 0; i < warmup; i += 1) await request(url, cookie)
  const settled = await quiesce()
  const before = snapshot(pgid)
  const samples: Sample[] = []
  for (let i = 0; i < requests; i += 1) {
    const s = await request(url, cookie)
    if (s.status !== 200) return { ok: false, problem: `request ${i + 1} answered HTTP ${s.status}` }
    samples.push(s)
  }
  const after = snapshot(pgid)
  const load = between(before, after)
  const times = samples.map((s) => s.ms).sort((a, b) => a - b)
  const headers = samples.map((s) => s.headersMs).sort((a, b) => a - b)
  const perResponse = (x: number | null, y: number | null) => (x === null || y === null ? null : round1((y - x) / requests))
  return {
    ok: true,
    requests,
    p50: round1(percentile(times, 0.5)),
    p95: round1(percentile(times, 0.95)),
    max: round1(times[times.length - 1]),
    headersP50: round1(percentile(headers, 0.5)),
    headersP95: round1(percentile(headers, 0.95)),
    bytes: Math.round(samples.reduce((sum, s) => sum + s.bytes, 0) / samples.length),
    serverCpuMs: perResponse(before.groupMs, after.groupMs),
    postgresCpuMs: perResponse(before.postgresMs, after.postgresMs),
    machineCores: load.machine === null ? null : Math.round(load.machine * 100) / 100,
    ...(settled.quiet
      ? {}
      : { busyBefore: `the machine was still ${settled.busy?.toFixed(2)} cores busy after ${Math.round(settled.waitedMs / 1000)} s` }),
  }
}

export const runAdminBench = async (opts: {
  database: DatabaseName
  server: Server
  manifest: Manifest
  log: (msg: string) => void
}): Promise<AdminResult> => {
  const requests = positive('BENCH_ADMIN_REQUESTS', 40)
  const warmup = positive('BENCH_ADMIN_WARMUP', 5)
  const result: AdminResult = {
    timings: [],
    problems: [],
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    requests,
    warmup,
  }
  if (!opts.manifest.admin)
    result.problems.push('the manifest has no admin section: the database was seeded before the admin bench (BENCH_RESEED=1)')
  const cookies = new Map<string, string>()
  for (const page of PAGES) {
    const account = adminAccount(page.account)
    const base = { name: page.name, label: page.label, path: page.path, account: account.email, target: page.target }
    try {
      if (!cookies.has(page.account)) cookies.set(page.account, await signIn(opts.server.base, account))
      const timing = await timePage(opts.server.base, page, cookies.get(page.account)!, warmup, requests, opts.server.child.pid)
      result.timings.push({ ...base, ...timing })
      if (timing.ok) opts.log(`${opts.database}: admin ${page.label}: p50 ${timing.p50} ms, p95 ${timing.p95} ms, max ${timing.max} ms`)
      else result.problems.push(`${page.label}: ${timing.problem}`)
    } catch (err) {
      result.timings.push({ ...base, ok: false, problem: (err as Error).message })
      result.problems.push(`${page.label}: ${(err as Error).message}`)
    }
  }
  return result
}
