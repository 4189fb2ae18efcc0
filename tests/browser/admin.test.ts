/**
 * The admin as it stands, in headless Chromium: the login form, the dashboard and the records list (with
 * their screenshots), the Traditional admin's labels, and no request to any host but the app's own.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { label } from '../../src/core/label.js'
import { DISCLOSURE_ATTRIBUTES } from '../../src/fields/disclosure/disclosureField.js'
import { screenshot } from './helpers/screenshots.js'
import { BASE_URL, inSession, isOutside, launchBrowser, logIn, openSession } from './helpers/session.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** Labels of ours the Traditional admin shows on the records list and a new record's form. */
const LIST_LABELS = ['信息公開', '標題', '索引號', '發布機構']
const FORM_LABELS = [
  '標題',
  '文號',
  '發布機構',
  '成文日期',
  '主題分類',
  '體裁',
  '內容概述',
  '公開屬性',
  ...DISCLOSURE_ATTRIBUTES.map((option) => option.label['zh-TW']),
]

/** The text of the admin's own chrome (navigation, headings, column heads, labels, buttons), not the records' data. */
const chromeText = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('nav, h1, h2, h3, thead, label, button, .field-description'))
      .map((element) => (element as HTMLElement).innerText)
      .join('\n'),
  )

/** The Simplified forms (as our label() derives them) of Traditional labels: none may show in the Traditional admin. */
const simplifiedOnly = (labels: string[]) => labels.map((text) => label(text).zh).filter((zh) => !labels.includes(zh))

describe('the admin in Chromium', () => {
  test('an editor logs in with the login form and reaches the dashboard; screenshot', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      expect(new URL(session.page.url()).pathname).toBe('/admin')
      expect(await session.page.locator('html').getAttribute('lang')).toMatch(/^zh/)
      await session.page.locator('nav').first().waitFor()
      await screenshot(session.page, 'dashboard')
    })
  })

  test('the records list shows the demo records; screenshot', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      await session.page.goto('/admin/collections/disclosures')
      const rows = session.page.locator('table tbody tr')
      await rows.first().waitFor()
      expect(await rows.count()).toBeGreaterThan(0)
      await screenshot(session.page, 'list')
    })
  })

  test('the Traditional admin (payload-lng=zh-TW) shows Traditional labels and none of their Simplified forms', async () => {
    await inSession(browser, 'zh-TW', async (session) => {
      await logIn(session.page, 'editor')
      expect(await session.page.locator('html').getAttribute('lang')).toBe('zh-TW')
      await session.page.goto('/admin/collections/disclosures')
      await session.page.locator('table tbody tr').first().waitFor()
      const list = await chromeText(session.page)
      expect(LIST_LABELS.filter((text) => !list.includes(text))).toEqual([])
      expect(simplifiedOnly(LIST_LABELS).filter((text) => list.includes(text))).toEqual([])

      await session.page.goto('/admin/collections/disclosures/create')
      await session.page.locator('#field-title').waitFor()
      await session.page.waitForLoadState('networkidle')
      const form = await chromeText(session.page)
      expect(FORM_LABELS.filter((text) => !form.includes(text))).toEqual([])
      expect(simplifiedOnly(FORM_LABELS).filter((text) => form.includes(text))).toEqual([])
    })
  })

  test('every request of the admin pages goes to the app itself', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'reviewer')
      for (const path of ['/admin', '/admin/collections/disclosures', '/admin/collections/disclosures/create', '/admin/account']) {
        await session.page.goto(path)
        await session.page.waitForLoadState('networkidle')
      }
      const own = session.requests.filter((url) => url.startsWith(BASE_URL))
      // The recorder saw the pages and their scripts, so an empty outside list means something.
      expect(own.some((url) => url.includes('/_next/static/'))).toBe(true)
      expect(own.some((url) => new URL(url).pathname === '/admin/account')).toBe(true)
    }) // fails on any request to another host
  })

  test('the recorder catches a request to another host (aborted before it is sent)', async () => {
    const session = await openSession(browser)
    await session.page.goto('/admin/login')
    const outside = 'http://avatars.example.invalid/avatar.png'
    // A navigation (the page's own subresources are limited to its origin by the CSP, which would stop them first).
    await expect(session.page.goto(outside)).rejects.toThrow()
    expect(session.requests.filter(isOutside)).toEqual([outside])
    await session.context.close()
  })
})
