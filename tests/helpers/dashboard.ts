import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { parse } from 'qs-esm'

import { dashboardOf, type DashboardEntry } from '../../src/core/dashboardCounts.js'
import { addDays, chinaDay, dayToInstant } from '../../src/lib/chinaDate.js'
import { chineseDaysHolidayData } from '../../src/lib/holidayData.js'
import { createWorkingDayCalendar } from '../../src/lib/workingDays.js'
import type { TestApp } from './payload.js'
import { rest } from './api.js'
import type { Staff } from './fixture.js'

/** The user's dashboard as the admin renders it. */
export const dashboardAs = async (payload: Payload, staff: Staff): Promise<DashboardEntry[]> =>
  dashboardOf(await createLocalReq({ user: staff.user }, payload))

/** What the user's list shows at a line's link: the REST list with the link's own query string, newest versions. */
export const listAt = async (app: TestApp, staff: Staff, entry: DashboardEntry): Promise<Record<string, any>[]> => {
  const [path, search] = entry.href.split('?')
  const slug = path.split('/').at(-1)
  const where = (parse(search) as { where?: unknown }).where
  if (!where) throw new Error(`the line ${entry.id} links to an unfiltered list: ${entry.href}`)
  const response = await rest(app.config, 'GET', `/${slug}?${search}&draft=true&depth=0&limit=500`, { token: staff.token })
  if (response.status !== 200) throw new Error(`the list of ${entry.id} answered ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body.docs
}

/** The latest version's review fields written as the submit action writes them (not in this part's API). */
export const markSubmitted = async (payload: Payload, collection: 'disclosures', id: number | string, by: number | string) => {
  await patchLatest(payload, collection, id, (version) => ({
    ...version,
    secrecyReview: { ...version.secrecyReview, submittedBy: by, submittedAt: new Date().toISOString() },
  }))
}

/** Rewrites the newest version of a document with no hook (a record from before the attribute was required). */
export const patchLatest = async (
  payload: Payload,
  collection: 'disclosures',
  id: number | string,
  change: (version: Record<string, any>) => Record<string, any>,
) => {
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
  })
  const latest = docs[0]
  await payload.db.updateVersion({
    collection,
    id: latest.id,
    versionData: { ...latest, version: change(latest.version as Record<string, any>) } as any,
  })
}

const calendar = createWorkingDayCalendar(chineseDaysHolidayData())

/** A `writtenAt` whose Art. 26 day (20 working days on) falls within the next five working days, not today. */
export const writtenForDueSoon = (now = new Date()): string => {
  const today = chinaDay(now)
  const last = calendar.addWorkingDays(today, 5).date
  for (let back = 1; back < 60; back += 1) {
    const written = addDays(today, -back)
    const deadline = calendar.addWorkingDays(written, 20).date
    if (deadline > today && deadline <= last) return dayToInstant(written)
  }
  throw new Error('no writtenAt gives a deadline in the next five working days')
}

export const writtenToday = (now = new Date()): string => dayToInstant(chinaDay(now))
