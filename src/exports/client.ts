/** Client components of the admin, referenced from field configs as `gongkai/client#Name`. */
export { RequiredFieldLabel } from '../components/disclosure/RequiredFieldLabel.js'
