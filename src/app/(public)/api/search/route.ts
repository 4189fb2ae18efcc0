/* /api/search: Chinese search over public records, the same handler as the lean server's. */
import { handlePublic } from '../../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const OPTIONS = handlePublic
