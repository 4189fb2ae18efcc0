/**
 * Withholding decided at the source, in the admin: ticking 依申请公开 shows the reason (required), ticking
 * 不予公开 the reason and the statutory grounds; both records save as drafts with what the editor typed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { WITHHOLDING_GROUNDS } from '../../src/fields/disclosure/disclosureField.js'
import { apiAsPage, draftRecord, saveDraft } from './helpers/records.js'
import { contract, inSession, launchBrowser, logIn } from './helpers/session.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const REASON = '涉及特定项目承担单位的资金拨付明细，依申请提供。'
const STATE_SECRET = WITHHOLDING_GROUNDS.find((ground) => ground.value === 'state_secret')!

/** The reason textarea, once the attribute shows it, marked required. */
const reasonField = async (page: Page) => {
  const reason = await contract(page, 'textarea#field-disclosure__reason', 'the reason textarea after ticking the attribute', 5_000)
  const required = page.locator('label[for="field-disclosure__reason"] .required')
  if ((await required.count()) === 0) throw new Error('the reason field is not marked required (no .required in its label)')
  return reason
}

const stored = async (page: Page, id: number) => (await apiAsPage(page, 'GET', `/api/disclosures/${id}?draft=true&depth=0`)).json

describe('withholding in the admin form', () => {
  test('an on_request record: the reason appears, marked required, and is saved', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      await draftRecord(session.page, { title: '2026年市级农业项目资金拨付明细（依申请公开）', attribute: 'on_request' })
      await (await reasonField(session.page)).fill(REASON)
      expect(await session.page.locator('#field-disclosure__grounds').count()).toBe(0)
      const id = await saveDraft(session.page)
      expect((await stored(session.page, id)).disclosure).toMatchObject({ attribute: 'on_request', reason: REASON })
    })
  })

  test('a not_disclosed record: the reason and the grounds select appear and are saved', async () => {
    await inSession(browser, 'zh', async (session) => {
      await logIn(session.page, 'editor')
      await draftRecord(session.page, { title: '关于2027年市级财政预算安排初步方案的请示（不予公开）', attribute: 'not_disclosed' })
      await (await reasonField(session.page)).fill(REASON)
      const grounds = await contract(session.page, '#field-disclosure__grounds', 'the grounds select after ticking 不予公开', 5_000)
      await grounds.click()
      await session.page.getByRole('option', { name: STATE_SECRET.label.zh }).click()
      const id = await saveDraft(session.page)
      expect((await stored(session.page, id)).disclosure).toMatchObject({
        attribute: 'not_disclosed',
        reason: REASON,
        grounds: ['state_secret'],
      })
    })
  })
})
