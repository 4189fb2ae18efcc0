import type { CollectionSlug, Config, PayloadRequest, SanitizedConfig, TypedUser, Where } from 'payload'

import type { Label } from './label.js'

/** One filtered list a dashboard line counts: the same `where` is the list its link opens. */
export type DashboardQuery = {
  collection: CollectionSlug
  where: Where
  /** Set on a line split in several (one per department): appended to the line id as `<id>:<key>`. */
  key?: string
  /** Shown after the line's label for a split line (a department's name). */
  caption?: string
}

/** A few of the counted documents shown under the line, each linked to its record (a rejection's opinion). */
export type DashboardPreview = {
  /** How many documents at most. */
  limit: number
  /** The field shown as the document's title. */
  titleField: string
  /** A dotted path shown after the title (`secrecyReview.opinion`). */
  noteField?: string
}

/**
 * A line of a role's dashboard, contributed by a capability: what it counts is a `where` on one of its
 * collections, run as the user, and the line links to the list filtered by that same `where`.
 */
export type DashboardLine = {
  /** Stable id (`editor.rejected`): the `data-dashboard-line` attribute, and the key of the nav count. */
  id: string
  /** Heading the line is listed under (the role's work). */
  group: Label
  label: Label
  /** Whether the user gets this line at all. */
  appliesTo: (user: TypedUser) => boolean
  /**
   * The list or lists it counts: several for a line split by department, of which only those with
   * documents are shown.
   */
  query: (user: TypedUser, req: PayloadRequest) => DashboardQuery | DashboardQuery[] | Promise<DashboardQuery | DashboardQuery[]>
  preview?: DashboardPreview
  /** Also shown as a count in the navigation. */
  nav?: boolean
}

const KEY = 'gongkaiDashboardLines'

/**
 * Adds a capability's lines to the role dashboards, after those contributed before; the dashboard
 * itself knows no capability. Kept in `config.custom`, so each config has its own.
 */
export const withDashboardLines = (config: Config, lines: readonly DashboardLine[]): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: [...dashboardLinesOf(config), ...lines] },
})

/** The lines contributed, in the order the plugins were installed. */
export const dashboardLinesOf = (config: Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>): readonly DashboardLine[] =>
  (config.custom?.[KEY] as readonly DashboardLine[] | undefined) ?? []
