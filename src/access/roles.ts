import type { PayloadRequest, TypedUser } from 'payload'

/** The roles of DESIGN §3: `admin` and `office` are city-wide; `editor` and `reviewer` work for their departments. */
export const ROLES = ['admin', 'office', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type Id = number | string
type RelationValue = Id | { id: Id } | null | undefined

/** The shape of a staff user that access rules read; any auth collection with these fields works. */
type StaffFields = { roles?: Role[] | null; departments?: RelationValue[] | null; active?: boolean | null }
type MaybeUser = (Partial<TypedUser> & StaffFields) | null | undefined

export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** A deactivated account keeps its roles on record but has none of their rights. */
export const rolesOf = (user: MaybeUser): Role[] => (user?.active !== false && Array.isArray(user?.roles) ? user.roles : [])

export const hasRole = (user: MaybeUser, role: Role): boolean => rolesOf(user).includes(role)

export const isStaff = (user: MaybeUser): boolean => rolesOf(user).length > 0

export const isCityWide = (user: MaybeUser): boolean => hasRole(user, 'admin') || hasRole(user, 'office')

export const departmentIdsOf = (user: MaybeUser): Id[] => (user?.departments ?? []).map(idOf).filter((id): id is Id => id !== undefined)

/** Who creates records: city-wide staff, and editors of a department. */
export const createsRecords = (user: MaybeUser): boolean =>
  isCityWide(user) || (hasRole(user, 'editor') && departmentIdsOf(user).length > 0)

/** Whether the user works for the department: city-wide roles work for all of them. */
export const worksFor = (user: MaybeUser, department: unknown): boolean =>
  isCityWide(user) || (isStaff(user) && departmentIdsOf(user).some((id) => sameId(id, department)))

export const userOf = (req: PayloadRequest): MaybeUser => req.user as MaybeUser
