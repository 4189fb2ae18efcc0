/** Client components of the admin, referenced from configs as `gongkai/client#Name`. */
export { ChinaDateCell } from '../components/admin/ChinaDateCell.js'
export { CollectionLabelCell } from '../components/admin/CollectionLabelCell.js'
export { HiddenPublishButton } from '../components/workflow/HiddenPublishButton.js'
export { PlatformIcon } from '../components/admin/PlatformIcon.js'
export { PlatformLogo } from '../components/admin/PlatformLogo.js'
export { PublishByCell } from '../components/admin/PublishByCell.js'
export { RequiredFieldLabel } from '../components/disclosure/RequiredFieldLabel.js'
export { WorkflowActions } from '../components/workflow/WorkflowActions.js'
