/**
 * A publish the rules refuse shows the rule's message in Chinese (no Latin letters: no English, no internal
 * references) in `[data-workflow-error]`. The editor has a passed record open with its publish button; before
 * the click, a change to its content (saved from another tab, through the API) has sent it back to pending.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { apiAction, apiDraft } from './helpers/drafts.js'
import { apiAsPage, recordPath } from './helpers/records.js'
import { contract, inSession, launchBrowser, logIn } from './helpers/session.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('a refused publish in the admin', () => {
  test("shows the rule's Chinese message in [data-workflow-error]", async () => {
    await inSession(browser, 'zh', async ({ page }) => {
      await logIn(page, 'editor')
      const id = await apiDraft(page, '关于浏览器走查中被拒绝发布的记录的通知')
      expect((await apiAction(page, id, 'submit')).status).toBe(200)
      await inSession(browser, 'zh', async (reviewer) => {
        await logIn(reviewer.page, 'reviewer')
        expect((await apiAction(reviewer.page, id, 'pass')).status).toBe(200)
      })

      await page.goto(recordPath(id))
      const publish = await contract(
        page,
        '[data-workflow-actions] [data-workflow-action="publish"]',
        'the publish button of a passed record',
      )
      const changed = await apiAsPage(page, 'PATCH', `/api/disclosures/${id}?draft=true&depth=0`, { summary: '另一个标签页中的修改。' })
      expect(changed.status).toBe(200)
      expect(changed.json.doc.secrecyReview.status).toBe('pending')

      const answered = page.waitForResponse((response) => response.url().endsWith('/workflow/publish'))
      await publish.click()
      const refusal = await answered
      expect(refusal.status()).toBe(400)
      // The publish gate's rule for a review that has not passed (common.md: errors[].data names rule and field).
      type Refusal = { message: string; data: { rule: string; field: string; errors: { path: string; message: string }[] } }
      const [rule] = (await refusal.json()).errors as Refusal[]
      expect(rule).toMatchObject({ data: { rule: 'publish.notPassed', field: 'secrecyReview.status' } })
      // The admin shows the rule's own message (the field's error), not Payload's summary line before it.
      const [fieldError] = rule.data.errors
      expect(fieldError.path).toBe('secrecyReview.status')
      const error = await contract(page, '[data-workflow-error]', "the refused publish's message")
      const message = (await error.innerText()).trim()
      expect(message).toContain(fieldError.message)
      expect(message).toMatch(/[\u4e00-\u9fff]/)
      expect(message).not.toMatch(/[A-Za-z]/)
    })
  })
})
