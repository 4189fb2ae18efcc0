/**
 * The editors' workbench walk (issue 12): an editor drafts a proactive record and submits it; the reviewer finds
 * it on the dashboard, opens the diff, sends it back with an opinion; the editor sees the opinion, edits and
 * resubmits; the reviewer passes; the editor publishes; the public API and search find it. The steps run in
 * order on one record; each opens its own browser context and logs in as a person would.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { screenshot } from './helpers/screenshots.js'
import { contract, inSession, launchBrowser, logIn, openSession, type Account } from './helpers/session.js'
import { departmentShown, draftRecord, pickFirstOption, recordPath, saveDraft, succeeded, workflowAction } from './helpers/records.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const TITLE = `关于开展第${String(Date.now()).slice(-6)}号浏览器走查专项工作的通知`
const OPINION = '第二段所列测算数据尚未经市政府批准，请删除后再送审。'
let id = 0

/** A step as one user: a fresh context, logged in, on the record's edit view. */
const asUser = (account: Account, step: (page: Page) => Promise<void>) =>
  inSession(browser, 'zh', async ({ page }) => {
    await logIn(page, account)
    await step(page)
  })

const openRecord = async (page: Page) => {
  await page.goto(recordPath(id))
  await page.locator('#field-title').waitFor()
  await page.waitForLoadState('networkidle')
}

describe('the workbench walk', () => {
  test('the editor drafts a proactive record (department pre-filled) and submits it for review', async () => {
    await asUser('editor', async (page) => {
      await draftRecord(page, { title: TITLE, attribute: 'proactive', writtenAt: '2026-12-01' })
      expect(await departmentShown(page)).toContain('财政局')
      await pickFirstOption(page, 'catalogue')
      id = await saveDraft(page)
      expect(id).toBeGreaterThan(0)
      await succeeded(await workflowAction(page, 'submit'))
      await contract(page, '[data-review-status="pending"]', 'the review status line after submitting')
    })
  })

  test('the reviewer finds it on the dashboard, opens it and its diff, and sends it back with an opinion', async () => {
    expect(id).toBeGreaterThan(0)
    await asUser('reviewer', async (page) => {
      const line = await contract(
        page,
        '[data-dashboard-line="reviewer.waiting"][href*="/collections/disclosures"]',
        "the reviewer's waiting line",
      )
      expect(Number(await line.getAttribute('data-count'))).toBeGreaterThan(0)
      await line.click()
      await page.waitForURL(/\/admin\/collections\/disclosures\?/)
      await page.getByRole('link', { name: TITLE }).first().click()
      await page.waitForURL(new RegExp(`${recordPath(id)}(\\?|$)`))
      await page.locator('#field-title').waitFor()
      await contract(page, '[data-workflow-actions] [data-workflow-action="pass"]', "the reviewer's pass button")
      await screenshot(page, 'review')
      await contract(page, '[data-review-status="pending"]', 'the review status line')

      const diff = await contract(
        page,
        '[data-workflow-actions] a[href*="/versions/"]',
        'the link to the changes since the last passed review',
      )
      await diff.click()
      await page.waitForURL(/\/versions/)
      await page.waitForLoadState('networkidle')
      expect(await page.locator('body').innerText()).toContain(TITLE.slice(0, 8))

      await openRecord(page)
      await succeeded(await workflowAction(page, 'reject', OPINION))
      await contract(page, '[data-review-status="rejected"]', 'the review status line after sending back')
    })
  })

  test('the editor sees the opinion, edits the record and submits it again', async () => {
    expect(id).toBeGreaterThan(0)
    await asUser('editor', async (page) => {
      await openRecord(page)
      const status = await contract(page, '[data-review-status="rejected"]', 'the rejected review status line')
      // The opinion is in the status line or beside it, in the same review block.
      expect(await status.locator('xpath=..').innerText()).toContain(OPINION)
      await page.locator('#field-summary').fill('已按审查意见删除未经批准的测算数据。')
      await saveDraft(page)
      await succeeded(await workflowAction(page, 'submit'))
      await contract(page, '[data-review-status="pending"]', 'the review status line after resubmitting')
    })
  })

  test('the reviewer passes it', async () => {
    expect(id).toBeGreaterThan(0)
    await asUser('reviewer', async (page) => {
      await openRecord(page)
      await succeeded(await workflowAction(page, 'pass'))
      await contract(page, '[data-review-status="passed"]', 'the review status line after passing')
    })
  })

  test('the editor publishes it', async () => {
    expect(id).toBeGreaterThan(0)
    await asUser('editor', async (page) => {
      await openRecord(page)
      await succeeded(await workflowAction(page, 'publish'))
      await contract(page, '[data-workflow-action="unpublish"]', 'the unpublish button of a published record')
    })
  })

  test('anonymous: /api/public/disclosures lists it and /api/search finds it', async () => {
    expect(id).toBeGreaterThan(0)
    const session = await openSession(browser)
    const list = await session.page.request.get('/api/public/disclosures?limit=20')
    expect(list.status()).toBe(200)
    const ids = ((await list.json()).docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(id)
    const search = await session.page.request.get(`/api/search?q=${encodeURIComponent('浏览器走查')}`)
    expect(search.status()).toBe(200)
    const found = (await search.json()).docs as { id: number; type: string }[]
    expect(found.map((doc) => `${doc.type}/${doc.id}`)).toContain(`disclosures/${id}`)
    await session.close()
  })
})
