/* /sitemap.xml: the index of the sitemaps of public records. */
import { handlePublic } from '../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const OPTIONS = handlePublic
