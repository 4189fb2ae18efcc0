import type { Role } from '../access/roles.js'

/**
 * DEVELOPMENT ONLY. The demo accounts' shared password is public (it is in this file and the README);
 * the seed refuses to run when NODE_ENV=production, and no real installation may keep these accounts.
 */
export const DEMO_PASSWORD = 'demo-only-password'

/** The department whose editor and reviewer the demo has (by short name): every demo record is its. */
export const DEMO_DEPARTMENT = '市財政局'

/** The agency asked to confirm a demo record (Art. 11), by short name. */
export const AUDIT_AGENCY = '市審計局'

export type DemoAccount = {
  key: 'admin' | 'office' | 'editor' | 'reviewer' | 'agency'
  email: string
  name: string
  roles: Role[]
  /** Short names of the departments the account works for; empty for the city-wide roles. */
  departments: string[]
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: 'admin', email: 'admin@gongkai.localhost', name: '系統管理員（演示）', roles: ['admin'], departments: [] },
  { key: 'office', email: 'office@gongkai.localhost', name: '市政府公開辦（演示）', roles: ['office'], departments: [] },
  { key: 'editor', email: 'editor@gongkai.localhost', name: '市財政局信息員（演示）', roles: ['editor'], departments: [DEMO_DEPARTMENT] },
  {
    key: 'reviewer',
    email: 'reviewer@gongkai.localhost',
    name: '市財政局保密審查員（演示）',
    roles: ['reviewer'],
    departments: [DEMO_DEPARTMENT],
  },
  // Staff of an agency that 市財政局 asks to confirm a record (Art. 11): only the agency answers for itself.
  { key: 'agency', email: 'audit@gongkai.localhost', name: '市審計局信息員（演示）', roles: ['editor'], departments: [AUDIT_AGENCY] },
]
