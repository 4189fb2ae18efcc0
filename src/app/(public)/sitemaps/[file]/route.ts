/* /sitemaps/<collection>-<page>.xml: the page URLs of public records. */
import { handlePublic } from '../../publicApi.js'

export const dynamic = 'force-dynamic'

export const GET = handlePublic
export const HEAD = handlePublic
export const OPTIONS = handlePublic
