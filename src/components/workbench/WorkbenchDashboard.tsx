import type { ServerProps } from 'payload'
import { createLocalReq } from 'payload'

import { dashboardOf, type DashboardEntry } from '../../core/dashboardCounts.js'
import { groupEntries } from './groupEntries.js'
import { TEXTS, textOf } from './texts.js'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const styles = {
  section: { marginBottom: 'var(--base)' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'calc(var(--base) / 4)' },
  link: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: 'var(--base)',
    padding: 'calc(var(--base) / 2)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
    textDecoration: 'none',
    color: 'var(--theme-text)',
  },
  count: { fontWeight: 600, fontVariantNumeric: 'tabular-nums' },
  items: { margin: 'calc(var(--base) / 4) 0 0 var(--base)', padding: 0, listStyle: 'disc' },
} as const

const Line = ({ entry, i18n }: { entry: DashboardEntry; i18n: Props['i18n'] }) => (
  <li>
    <a data-dashboard-line={entry.id} data-collection={entry.collection} data-count={entry.count} href={entry.href} style={styles.link}>
      <span>
        {textOf(entry.line.label, i18n)}
        {entry.caption ? `：${entry.caption}` : ''}
      </span>
      <span style={styles.count}>{entry.count}</span>
    </a>
    {entry.items.length > 0 && (
      <ul style={styles.items}>
        {entry.items.map((item) => (
          <li key={item.id}>
            <a href={item.href}>{item.title}</a>
            {item.note ? `：${item.note}` : ''}
          </li>
        ))}
      </ul>
    )}
  </li>
)

/**
 * The user's work on the admin dashboard (issue 12): every line the capabilities contributed that
 * applies to them, counted as them, each a link to the list it counts.
 */
export const WorkbenchDashboard = async ({ i18n, payload, user }: Props) => {
  if (!user) return null
  const entries = await dashboardOf(await createLocalReq({ user }, payload))
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="gongkai-workbench-title" data-dashboard style={styles.section}>
      <h2 id="gongkai-workbench-title">{textOf(TEXTS.title, i18n)}</h2>
      {groupEntries(entries).map(({ group, entries: lines }) => (
        <div key={group.zh}>
          <h3>{textOf(group, i18n)}</h3>
          <ul style={styles.list}>
            {lines.map((entry) => (
              <Line entry={entry} i18n={i18n} key={`${entry.collection}/${entry.id}`} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
