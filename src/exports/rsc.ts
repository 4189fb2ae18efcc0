export { WorkbenchDashboard } from '../components/workbench/WorkbenchDashboard.js'
export { WorkbenchNavCounts } from '../components/workbench/WorkbenchNavCounts.js'
