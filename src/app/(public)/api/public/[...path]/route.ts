/* /api/public/*: the public read contract (REST and GraphQL), the same handlers as the lean server's. */
import { handlePublic } from '../../../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const POST = handlePublic
export const OPTIONS = handlePublic
