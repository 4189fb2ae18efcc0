import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../core/errors.js'
import { mergedDoc } from '../../core/mergedDoc.js'

/** Link schemes a published record may carry; a link without a scheme is relative to the site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/** The scheme a browser would read: it ignores whitespace and control characters inside it. */
const schemeOf = (url: string): string | null => {
  // eslint-disable-next-line no-control-regex
  const match = /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, '').toLowerCase())
  return match ? match[1] : null
}

/** The first unsafe link URL in a Lexical tree, or null. */
const unsafeLink = (node: unknown): string | null => {
  if (!node || typeof node !== 'object') return null
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = unsafeLink(child)
      if (found !== null) return found
    }
    return null
  }
  const record = node as Record<string, unknown>
  const fields = record.fields as { url?: unknown } | undefined
  if ((record.type === 'link' || record.type === 'autolink') && typeof fields?.url === 'string') {
    const scheme = schemeOf(fields.url)
    if (scheme !== null && !SAFE_SCHEMES.has(scheme)) return fields.url
  }
  for (const value of Object.values(record)) {
    const found = typeof value === 'object' ? unsafeLink(value) : null
    if (found !== null) return found
  }
  return null
}

/**
 * Rich text links are http(s), mailto, tel or relative: `javascript:`, `data:` and the like would run in a
 * reader's browser on every site and app that shows the public JSON body. Checked on every save, on the
 * merged document, so content stored before the rule cannot be published either.
 */
export const refuseUnsafeLinks: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = mergedDoc(originalDoc, data)
  for (const [field, value] of Object.entries(merged)) {
    if (!value || typeof value !== 'object' || !('root' in (value as object))) continue
    if (unsafeLink(value) !== null) {
      throw invalidField(req, collection.slug, field, 'record.unsafeLink')
    }
  }
  return data
}
