/** Server components of the admin, referenced from configs as `gongkai/rsc#Name`. */
export { ReviewStatus } from '../components/disclosure/ReviewStatus.js'
export { WorkbenchDashboard } from '../components/workbench/WorkbenchDashboard.js'
export { WorkbenchNavCounts } from '../components/workbench/WorkbenchNavCounts.js'
