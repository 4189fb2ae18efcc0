/**
 * A publish the rules refuse shows the rule's message in Chinese (no Latin letters: no English, no internal
 * references) in `[data-workflow-error]`. The editor has a passed record open with its publish button; before
 * the click, a change to its content (saved from another tab, through the API) has sent it back to pending.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { apiAction, apiDraft } from './helpers/drafts.js'
import { apiAsPage, recordPath } from './helpers/records.js'
import { contract, launchBrowser, logIn, openSession } from './helpers/session.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('a refused publish in the admin', () => {
  test("shows the rule's Chinese message in [data-workflow-error]", async () => {
    const editor = await openSession(browser)
    await logIn(editor.page, 'editor')
    const id = await apiDraft(editor.page, '关于浏览器走查中被拒绝发布的记录的通知')
    expect((await apiAction(editor.page, id, 'submit')).status).toBe(200)

    const reviewer = await openSession(browser)
    await logIn(reviewer.page, 'reviewer')
    expect((await apiAction(reviewer.page, id, 'pass')).status).toBe(200)
    await reviewer.close()

    await editor.page.goto(recordPath(id))
    const publish = await contract(
      editor.page,
      '[data-workflow-actions] [data-workflow-action="publish"]',
      'the publish button of a passed record',
    )
    const changed = await apiAsPage(editor.page, 'PATCH', `/api/disclosures/${id}?draft=true&depth=0`, {
      summary: '另一个标签页中的修改。',
    })
    expect(changed.status).toBe(200)
    expect(changed.json.doc.secrecyReview.status).toBe('pending')

    const answered = editor.page.waitForResponse((response) => response.url().endsWith(`/workflow/publish`))
    await publish.click()
    expect((await answered).status()).toBeGreaterThanOrEqual(400)
    const error = await contract(editor.page, '[data-workflow-error]', "the refused publish's message")
    const message = (await error.innerText()).trim()
    expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(message).not.toMatch(/[A-Za-z]/)
    await editor.close()
  })
})
