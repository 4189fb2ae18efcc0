/* /sitemap.xml: the index of the sitemaps of public records. */
import { handlePublic } from '../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const OPTIONS = handlePublic
// Writes reach the handler too, so they get its 405 with a body that names the rule (Next's own 405 has none).
export const POST = handlePublic
export const PUT = handlePublic
export const PATCH = handlePublic
export const DELETE = handlePublic
