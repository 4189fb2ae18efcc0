/** axe-core in the page: our components must have no serious or critical violations; Payload's are reported. */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

import type { AxeResults, ImpactValue, Result } from 'axe-core'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const BLOCKING: ImpactValue[] = ['serious', 'critical']

type Scope = { include?: string[][]; exclude?: string[][] }

const run = async (page: Page, scope: Scope): Promise<Result[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const results = await page.evaluate(
    (context) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(context, {
        resultTypes: ['violations'],
      }),
    scope,
  )
  return results.violations.filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
}

/** One line per violation: rule, impact and the first few elements it names. */
export const describeViolations = (violations: Result[]) =>
  violations.map(
    ({ id, impact, help, nodes }) =>
      `${impact} ${id} (${help}): ${nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )

/** Serious and critical violations inside the elements `selectors` name (each must be on the page). */
export const ourViolations = (page: Page, selectors: string[]) => run(page, { include: selectors.map((selector) => [selector]) })

/** The same outside them: Payload's own page, for a note. */
export const otherViolations = (page: Page, selectors: string[]) =>
  run(page, { include: [['body']], exclude: selectors.map((selector) => [selector]) })
