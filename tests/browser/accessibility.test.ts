/**
 * axe-core on the dashboard and on an edit view with the workflow buttons: no serious or critical violation in
 * our components (`[data-dashboard-line]`, `[data-workflow-actions]`); Payload's own are printed as a note. The
 * workflow buttons are reachable with the keyboard.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { describeViolations, otherViolations, ourViolations } from './helpers/axe.js'
import { apiDraft } from './helpers/drafts.js'
import { recordPath } from './helpers/records.js'
import { contract, inSession, launchBrowser, logIn } from './helpers/session.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const check = async (page: Page, ours: string[], where: string) => {
  const violations = describeViolations(await ourViolations(page, ours))
  const payloads = describeViolations(await otherViolations(page, ours))
  if (payloads.length) console.info(`note: Payload's own serious/critical axe violations on ${where}:\n  ${payloads.join('\n  ')}`)
  expect(violations).toEqual([])
}

describe('accessibility of our components', () => {
  test('the dashboard lines pass axe-core', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      await contract(session.page, '[data-dashboard-line]', "the editor's dashboard lines")
      await check(session.page, ['[data-dashboard-line]'], 'the dashboard')
    })
  })

  test('the workflow buttons pass axe-core and are reachable with the Tab key', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      const id = await apiDraft(session.page, '关于浏览器走查无障碍检查的通知')
      await session.page.goto(recordPath(id))
      await contract(session.page, '[data-workflow-actions] [data-workflow-action="submit"]', 'the submit button of a draft')
      await session.page.waitForLoadState('networkidle')
      await check(session.page, ['[data-workflow-actions]'], 'the edit view')

      // Tab from the top of the page until a workflow button has the focus (bounded: the form has many fields).
      await session.page.locator('body').focus()
      let reached = false
      for (let tab = 0; tab < 300 && !reached; tab++) {
        await session.page.keyboard.press('Tab')
        reached = await session.page.evaluate(() => Boolean(document.activeElement?.closest('[data-workflow-action]')))
      }
      expect(reached).toBe(true)
    })
  })
})
