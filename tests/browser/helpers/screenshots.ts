/** Screenshots for the README: docs/screenshots/<name>.png, written by each run of the browser tests. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

const DIR = path.resolve('docs/screenshots')

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(DIR, { recursive: true })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: false })
}
