import type { Role } from '../access/roles.js'

/**
 * DEVELOPMENT ONLY. The demo accounts' shared password is public (it is in this file and the README);
 * the seed refuses to run when NODE_ENV=production, and no real installation may keep these accounts.
 */
export const DEMO_PASSWORD = 'demo-only-password'

/** The department whose editor and reviewer the demo has (by short name): every demo record is its. */
export const DEMO_DEPARTMENT = '市财政局'

/** The agency asked to confirm a demo record (Art. 11), by short name. */
export const AUDIT_AGENCY = '市审计局'

export type DemoAccount = {
  key: 'admin' | 'office' | 'editor' | 'reviewer' | 'agency'
  email: string
  name: string
  roles: Role[]
  /** Short names of the departments the account works for; empty for the city-wide roles. */
  departments: string[]
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: 'admin', email: 'admin@gongkai.localhost', name: '系统管理员（演示）', roles: ['admin'], departments: [] },
  { key: 'office', email: 'office@gongkai.localhost', name: '市政府公开办（演示）', roles: ['office'], departments: [] },
  { key: 'editor', email: 'editor@gongkai.localhost', name: '市财政局信息员（演示）', roles: ['editor'], departments: [DEMO_DEPARTMENT] },
  {
    key: 'reviewer',
    email: 'reviewer@gongkai.localhost',
    name: '市财政局保密审查员（演示）',
    roles: ['reviewer'],
    departments: [DEMO_DEPARTMENT],
  },
  // Staff of an agency that 市财政局 asks to confirm a record (Art. 11): only the agency answers for itself.
  { key: 'agency', email: 'audit@gongkai.localhost', name: '市审计局信息员（演示）', roles: ['editor'], departments: [AUDIT_AGENCY] },
]
