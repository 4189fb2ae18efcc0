/** A record's edit view in the admin: the form fields this walk fills, a draft save, and the workflow actions. */
import type { Page, Response } from 'playwright-core'

import { contract, hydrated } from './session.js'

export type Attribute = 'proactive' | 'on_request' | 'not_disclosed'
export type WorkflowAction = 'submit' | 'pass' | 'reject' | 'confirm' | 'dispute' | 'publish' | 'unpublish'

export const recordPath = (id: number | string) => `/admin/collections/disclosures/${id}`

/**
 * The next form-state answer: Payload's form posts its state to the page's own URL after a change and renders
 * the answer (conditions, such as the reason a withholding attribute shows); the attribute, ticked first,
 * waits for its own before anything else is typed.
 */
const formState = (page: Page, timeout: number) => {
  const path = new URL(page.url()).pathname
  return page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === path, {
    timeout,
  })
}

/** Opens a new record's form: the attribute first (as the form asks), then the title and the written date (yyyy-MM-dd). */
export const draftRecord = async (page: Page, fields: { title: string; attribute: Attribute; writtenAt?: string }) => {
  await page.goto('/admin/collections/disclosures/create')
  await page.waitForLoadState('networkidle')
  await pickAttribute(page, fields.attribute)
  await (await hydrated(page, '#field-title')).fill(fields.title)
  if (fields.writtenAt) {
    const date = page.locator('#field-writtenAt input')
    await date.fill(fields.writtenAt)
    await date.press('Enter')
  }
}

/**
 * Ticks the attribute. A click taken while the form is still starting can check the radio without the form
 * knowing (no state is sent, the reason never appears): then the page is opened anew, at most twice.
 */
export const pickAttribute = async (page: Page, attribute: Attribute) => {
  for (let attempt = 1; ; attempt++) {
    // Payload's radio: the option's label (for="field-<path>-<value>") wraps a styled input.
    const option = await contract(page, `label[for="field-disclosure.attribute-${attribute}"]`, `the attribute option ${attribute}`)
    await hydrated(page, `[id="field-disclosure.attribute-${attribute}"]`)
    const answered = formState(page, 10_000)
    await option.click()
    try {
      await answered
      return
    } catch (error) {
      if (attempt === 3) throw new Error(`ticking ${attribute}: the form sent no state after three tries`, { cause: error })
      await page.reload()
      await page.waitForLoadState('networkidle')
    }
  }
}

/** Picks the first option a select or relationship field offers (Payload's react-select). */
export const pickFirstOption = async (page: Page, field: string) => {
  await (await contract(page, `#field-${field} .rs__control`, `the ${field} select`)).click()
  await (await contract(page, '.rs__option', `the ${field} select's options`)).click()
}

/** The issuing department as the form shows it (pre-filled for a department editor). */
export const departmentShown = (page: Page) => page.locator('#field-department').innerText()

/** Saves the form as a draft; resolves with the record's id once the admin is on its stored edit view. */
export const saveDraft = async (page: Page) => {
  const saved = page.waitForResponse(
    (response) => /\/api\/disclosures(\/\d+)?(\?|$)/.test(response.url()) && ['POST', 'PATCH'].includes(response.request().method()),
  )
  await page.locator('#action-save-draft').click()
  const response = await saved
  if (!response.ok()) throw new Error(`saving the draft: HTTP ${response.status()} ${await response.text()}`)
  await page.waitForURL(/\/admin\/collections\/disclosures\/\d+/)
  await page.waitForLoadState('networkidle')
  return Number(/\/disclosures\/(\d+)/.exec(page.url())?.[1])
}

/**
 * Clicks a workflow button (`[data-workflow-action]` in `[data-workflow-actions]`); for reject and dispute, types
 * the opinion into the dialog and confirms. Resolves with the endpoint's answer.
 */
export const workflowAction = async (page: Page, action: WorkflowAction, opinion?: string): Promise<Response> => {
  await contract(page, '[data-workflow-actions]', `the ${action} action`)
  const button = await contract(page, `[data-workflow-actions] [data-workflow-action="${action}"]`, `the ${action} button`)
  await hydrated(page, `[data-workflow-actions] [data-workflow-action="${action}"]`)
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(`/workflow/${action}`))
  await button.click()
  if (opinion !== undefined) {
    const textarea = await contract(page, 'textarea[name="workflow-opinion"]', `the ${action} dialog's opinion`)
    await textarea.fill(opinion)
    await (await contract(page, '[data-workflow-confirm]', `the ${action} dialog's confirm button`)).click()
  }
  return answered
}

/** Fails with the endpoint's answer (its rule and message) unless the action succeeded. */
export const succeeded = async (response: Response) => {
  if (response.status() !== 200) throw new Error(`${new URL(response.url()).pathname}: HTTP ${response.status()} ${await response.text()}`)
}

/** The REST API as the logged-in admin user (the page's own session cookie), from inside the page. */
export const apiAsPage = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json().catch(() => null) }
    },
    { method, path, body },
  )
