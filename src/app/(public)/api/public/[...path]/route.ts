/* /api/public/*: the public read contract (REST and GraphQL), the same handlers as the lean server's. */
import { handlePublic } from '../../../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const POST = handlePublic
export const OPTIONS = handlePublic
// Writes reach the handler too, so they get its 405 with a body that names the rule (Next's own 405 has none).
export const PUT = handlePublic
export const PATCH = handlePublic
export const DELETE = handlePublic
