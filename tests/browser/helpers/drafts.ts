/** Records made through the REST API from inside a logged-in page, for steps that start from a given state. */
import type { Page } from 'playwright-core'

import { apiAsPage } from './records.js'

/** The logged-in user's first department's id. */
export const ownDepartment = async (page: Page): Promise<number> => {
  const { json } = await apiAsPage(page, 'GET', '/api/users/me?depth=0')
  const [department] = json?.user?.departments ?? []
  if (department === undefined) throw new Error('the logged-in user has no department')
  return typeof department === 'object' ? department.id : department
}

/** A proactive draft of the user's department; resolves with its id. */
export const apiDraft = async (page: Page, title: string): Promise<number> => {
  const department = await ownDepartment(page)
  const { status, json } = await apiAsPage(page, 'POST', '/api/disclosures?draft=true&depth=0', {
    title,
    department,
    writtenAt: '2026-12-01T00:00:00.000Z',
    disclosure: { attribute: 'proactive' },
  })
  if (status !== 201) throw new Error(`creating a draft: HTTP ${status} ${JSON.stringify(json)}`)
  return json.doc.id
}

/** A workflow action through its endpoint (common.md's contract); resolves with the status and the answer. */
export const apiAction = (page: Page, id: number, action: string, body: { opinion?: string } = {}) =>
  apiAsPage(page, 'POST', `/api/disclosures/${id}/workflow/${action}`, body)
