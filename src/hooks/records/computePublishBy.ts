import type { CollectionBeforeChangeHook } from 'payload'

import { chinaDay, dayToInstant } from '../../lib/chinaDate.js'
import { chineseDaysHolidayData } from '../../lib/holidayData.js'
import { createWorkingDayCalendar } from '../../lib/workingDays.js'
import { mergedDoc } from '../../core/mergedDoc.js'

/** Art. 26: proactive information is published within 20 working days of being formed or changed. */
export const PUBLISH_WITHIN_WORKING_DAYS = 20

let calendar: ReturnType<typeof createWorkingDayCalendar> | undefined

/** `publishBy` from `writtenAt`, provisional where the holiday notice is not out yet; `publishedLate` once published. */
export const computePublishBy: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  calendar ??= createWorkingDayCalendar(chineseDaysHolidayData())
  const merged = mergedDoc(originalDoc, data)
  if (!merged.writtenAt) {
    data.publishBy = null
    data.publishByProvisional = false
    return data
  }
  const deadline = calendar.addWorkingDays(chinaDay(merged.writtenAt as string), PUBLISH_WITHIN_WORKING_DAYS)
  data.publishBy = dayToInstant(deadline.date)
  data.publishByProvisional = deadline.provisional
  const publishedAt = merged.publishedAt ?? (merged._status === 'published' ? new Date().toISOString() : null)
  data.publishedLate = publishedAt ? chinaDay(publishedAt as string) > deadline.date : false
  return data
}
