import type { ServerProps } from 'payload'
import { createLocalReq } from 'payload'

import { dashboardOf } from '../../core/dashboardCounts.js'
import { TEXTS, textOf } from './texts.js'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const styles = {
  list: { listStyle: 'none', margin: '0 0 var(--base) 0', padding: 0 },
  link: { display: 'flex', justifyContent: 'space-between', gap: 'calc(var(--base) / 2)', textDecoration: 'none' },
  badge: {
    minWidth: '1.5em',
    padding: '0 0.4em',
    borderRadius: '1em',
    textAlign: 'center',
    background: 'var(--theme-error-500)',
    color: 'var(--theme-elevation-0)',
    fontVariantNumeric: 'tabular-nums',
  },
} as const

/** The navigation lines with work waiting, as small counted links above the collections. */
export const WorkbenchNavCounts = async ({ i18n, payload, user }: Props) => {
  if (!user) return null
  const entries = (await dashboardOf(await createLocalReq({ user }, payload), { navOnly: true })).filter((entry) => entry.count > 0)
  if (entries.length === 0) return null
  return (
    <nav aria-label={textOf(TEXTS.navTitle, i18n)}>
      <ul style={styles.list}>
        {entries.map((entry) => (
          <li key={`${entry.collection}/${entry.id}`}>
            <a data-nav-count={entry.id} data-collection={entry.collection} data-count={entry.count} href={entry.href} style={styles.link}>
              <span>{textOf(entry.line.label, i18n)}</span>
              <span style={styles.badge}>{entry.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
