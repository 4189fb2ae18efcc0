import type { CollectionSlug, PayloadRequest, TypedUser, Where } from 'payload'
import { stringify } from 'qs-esm'

import { type DashboardLine, type DashboardPreview, type DashboardQuery, dashboardLinesOf } from './dashboard.js'

export type DashboardItem = { id: number | string; title: string; note: string | null; href: string }

/** A line as the user sees it: its count and the list it links to. */
export type DashboardEntry = {
  /** `line.id`, or `<line.id>:<key>` for one part of a split line. */
  id: string
  line: DashboardLine
  caption: string | null
  collection: CollectionSlug
  count: number
  href: string
  items: DashboardItem[]
}

/** The admin list of `collection` filtered by `where`, as Payload's list view reads `?where[…]=…`. */
export const listHref = (adminRoute: string, collection: string, where: Where): string =>
  `${adminRoute}/collections/${collection}?${stringify({ where }, { addQueryPrefix: false })}`

const valueAt = (doc: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/**
 * Counts as the admin list does: as the user, on the newest version of each document (`draft: true`).
 * `payload.count` reads the main rows, which for a draft-enabled collection hold the last published
 * save, so it would disagree with the list the line links to.
 */
const run = async (req: PayloadRequest, query: DashboardQuery, preview: DashboardPreview | undefined) =>
  req.payload.find({
    collection: query.collection,
    where: query.where,
    draft: true,
    depth: 0,
    // A count reads one id; a preview the newest documents.
    ...(preview ? { limit: preview.limit, sort: '-updatedAt' } : { limit: 1, select: { updatedAt: true } }),
    overrideAccess: false,
    user: req.user,
    req,
  })

const entryOf = async (req: PayloadRequest, line: DashboardLine, query: DashboardQuery): Promise<DashboardEntry> => {
  const adminRoute = req.payload.config.routes.admin
  const preview = line.preview
  const result = await run(req, query, preview)
  const items = preview
    ? result.docs.map((doc) => {
        const note = preview.noteField ? valueAt(doc, preview.noteField) : null
        return {
          id: doc.id,
          title: String(valueAt(doc, preview.titleField) ?? doc.id),
          note: typeof note === 'string' && note ? note : null,
          href: `${adminRoute}/collections/${query.collection}/${doc.id}`,
        }
      })
    : []
  return {
    id: query.key === undefined ? line.id : `${line.id}:${query.key}`,
    line,
    caption: query.caption ?? null,
    collection: query.collection,
    count: result.totalDocs,
    href: listHref(adminRoute, query.collection, query.where),
    items,
  }
}

/**
 * The user's dashboard: every contributed line that applies to them, counted as them. A split line
 * shows only its parts with documents. `navOnly`: the lines shown in the navigation, without previews.
 */
export const dashboardOf = async (req: PayloadRequest, { navOnly = false }: { navOnly?: boolean } = {}): Promise<DashboardEntry[]> => {
  const user = req.user as TypedUser | null
  if (!user) return []
  const lines = dashboardLinesOf(req.payload.config)
    .filter((line) => line.appliesTo(user) && (!navOnly || line.nav))
    .map((line) => (navOnly ? { ...line, preview: undefined } : line))
  const perLine = await Promise.all(
    lines.map(async (line) => {
      const asked = await line.query(user, req)
      const queries = Array.isArray(asked) ? asked : [asked]
      const entries = await Promise.all(queries.map((query) => entryOf(req, line, query)))
      return entries.filter((entry, index) => queries[index].key === undefined || entry.count > 0)
    }),
  )
  return perLine.flat()
}
