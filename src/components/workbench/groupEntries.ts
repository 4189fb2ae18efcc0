import type { DashboardEntry } from '../../core/dashboardCounts.js'
import type { Label } from '../../core/label.js'

export type EntryGroup = { group: Label; entries: DashboardEntry[] }

/** Entries under their group headings, in the order the lines were contributed. */
export const groupEntries = (entries: DashboardEntry[]): EntryGroup[] => {
  const groups: EntryGroup[] = []
  for (const entry of entries) {
    const key = entry.line.group.zh
    const found = groups.find((candidate) => candidate.group.zh === key)
    if (found) found.entries.push(entry)
    else groups.push({ group: entry.line.group, entries: [entry] })
  }
  return groups
}
