/** Server components of the admin, referenced from field configs as `gongkai/rsc#Name`. */
export { ReviewStatus } from '../components/disclosure/ReviewStatus.js'
