import type { PayloadRequest } from 'payload'

import { idOf } from '../../../access/roles.js'
import type { DashboardQuery } from '../../../core/dashboard.js'
import type { ResolvedDisclosureOptions } from '../types.js'
import { inDepartment } from './conditions.js'

/** The ids of the records a query matches, read as the user on the newest versions. */
export const idsMatching = async (req: PayloadRequest, query: DashboardQuery): Promise<(number | string)[]> => {
  const { docs } = await req.payload.find({
    collection: query.collection,
    where: query.where,
    draft: true,
    depth: 0,
    pagination: false,
    select: { updatedAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((doc) => doc.id)
}

/**
 * A city-wide line split into one query per department that has matching records, most records first:
 * one read of the matching records' departments (as the user, newest versions, as the list reads them),
 * then the departments' names.
 */
export const byDepartment = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  base: DashboardQuery,
): Promise<DashboardQuery[]> => {
  const field = options.departmentField
  const { docs } = await req.payload.find({
    collection: base.collection,
    where: base.where,
    draft: true,
    depth: 0,
    pagination: false,
    select: { [field]: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) {
    const id = idOf((doc as unknown as Record<string, unknown>)[field])
    if (id !== undefined) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1)
  }
  if (counts.size === 0) return []
  const { docs: departments } = await req.payload.find({
    collection: options.departmentsCollection,
    where: { id: { in: [...counts.keys()] } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return departments
    .map((department) => ({ department, count: counts.get(String(department.id)) ?? 0 }))
    .sort((a, b) => b.count - a.count)
    .map(({ department }) => {
      const name = (department as { shortName?: string | null; name?: string | null }).shortName || (department as { name?: string }).name
      return {
        collection: base.collection,
        where: { and: [...((base.where.and as DashboardQuery['where'][]) ?? [base.where]), inDepartment(field, department.id)] },
        key: String(department.id),
        caption: name ? String(name) : String(department.id),
      }
    })
}
