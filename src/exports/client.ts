export { HiddenPublishButton } from '../components/workflow/HiddenPublishButton.js'
export { WorkflowActions } from '../components/workflow/WorkflowActions.js'
