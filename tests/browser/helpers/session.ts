/**
 * Headless Chromium against the app at BASE_URL: one browser per test file, a fresh context per test that
 * records every request its pages make. A request to any host but BASE_URL's is aborted (never sent) and
 * fails the test when its session closes.
 */
import { expect } from '@jest/globals'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/$/, '')
if (!BASE_URL) throw new Error('BASE_URL is not set: start the built app and run BASE_URL=http://127.0.0.1:3323 npm run test:browser')
const OWN_HOST = new URL(BASE_URL).host

export const DEMO_PASSWORD = 'demo-only-password'
export const ACCOUNTS = {
  admin: 'admin@gongkai.localhost',
  office: 'office@gongkai.localhost',
  editor: 'editor@gongkai.localhost',
  reviewer: 'reviewer@gongkai.localhost',
  audit: 'audit@gongkai.localhost',
} as const
export type Account = keyof typeof ACCOUNTS
export type Language = 'zh' | 'zh-TW'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** data:, blob: and about: URLs go nowhere; anything else must be on the app's own host. */
export const isOutside = (url: string) => {
  const { protocol, host } = new URL(url)
  return !['data:', 'blob:', 'about:'].includes(protocol) && host !== OWN_HOST
}

export type Session = {
  context: BrowserContext
  page: Page
  /** Every URL a page of this session asked for, in order (WebSockets included). */
  requests: string[]
  /** Closes the context; fails when any page asked for an outside host. */
  close: () => Promise<void>
}

export const openSession = async (browser: Browser, language: Language = 'zh'): Promise<Session> => {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: language === 'zh' ? 'zh-CN' : 'zh-TW',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
  })
  // Payload keeps the admin language in this cookie (the account page's switch writes it).
  await context.addCookies([{ name: 'payload-lng', value: language, url: BASE_URL }])
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  context.on('page', (page) => page.on('websocket', (socket) => requests.push(socket.url())))
  await context.route(
    (url) => isOutside(url.href),
    (route) => route.abort('blockedbyclient'),
  )
  const page = await context.newPage()
  const close = async () => {
    await context.close()
    expect(requests.filter(isOutside)).toEqual([])
  }
  return { context, page, requests, close }
}

/** Runs a test's steps in a session; a step's own failure is reported before the outside-host check. */
export const inSession = async (browser: Browser, language: Language, steps: (session: Session) => Promise<void>) => {
  const session = await openSession(browser, language)
  try {
    await steps(session)
  } catch (error) {
    await session.context.close()
    throw error
  }
  await session.close()
}

/** Logs in through Payload's login form, as a person does, and waits for the dashboard. */
export const logIn = async (page: Page, account: Account) => {
  await page.goto('/admin/login')
  await (await hydrated(page, 'input[name="email"]')).fill(ACCOUNTS[account])
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
    page.locator('form button[type="submit"]').click(),
  ])
  await page.waitForLoadState('networkidle')
}

/** Waits for a contract element (common.md's data attributes) and names it when it never comes. */
export const contract = async (page: Page, selector: string, what: string, timeout = 15_000, state: 'visible' | 'attached' = 'visible') => {
  const element = page.locator(selector).first()
  const deadline = Date.now() + timeout
  // Payload renders a form's fields as they scroll into view: scroll down a screen at a time while waiting.
  for (;;) {
    try {
      await element.waitFor({ state: 'attached', timeout: Math.min(1_000, Math.max(1, deadline - Date.now())) })
      break
    } catch {
      if (Date.now() >= deadline) throw new Error(`${what}: the page shows no ${selector} (${page.url()})`)
      await page.mouse.move(640, 400)
      await page.mouse.wheel(0, 700)
    }
  }
  if (state === 'visible') {
    await element.scrollIntoViewIfNeeded()
    await element.waitFor({ state, timeout: Math.max(1, deadline - Date.now()) }).catch(() => {
      throw new Error(`${what}: ${selector} is on the page but not visible (${page.url()})`)
    })
  }
  return element
}

/**
 * Waits until React has hydrated the element (it carries React's props): a click or a value typed into the
 * server-rendered markup before that is lost.
 */
export const hydrated = async (page: Page, selector: string) => {
  await page.waitForFunction((target) => {
    const element = document.querySelector(target)
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$'))
  }, selector)
  return page.locator(selector)
}
