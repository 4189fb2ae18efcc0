import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import sanitizeHtml from 'sanitize-html'

import { escapeHtml } from '../../lib/search/snippet.js'
import { absoluteUrl } from './urls.js'

export type MediaLike = {
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
}

/**
 * What a WeChat article body may contain: text structure, links, images and tables. No scripts, styles,
 * frames, forms or event handlers; links and images only by http(s) (links also mailto and tel), and
 * every URL absolute, because the HTML is read away from this site.
 */
const sanitizeArticle = (html: string, origin: string) =>
  sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'sub',
      'sup',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'blockquote',
      'ul',
      'ol',
      'li',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'a',
      'img',
      'hr',
      'span',
      'code',
      'pre',
    ],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        // The link converter turns an unsafe URL into `#`: a link to nowhere, so no link at all.
        const href = attribs.href && !attribs.href.startsWith('#') ? absoluteUrl(attribs.href, origin) : null
        return { tagName, attribs: href ? { ...attribs, href } : { ...attribs, href: '' } }
      },
      img: (tagName, attribs) => {
        const src = attribs.src ? absoluteUrl(attribs.src, origin) : null
        return { tagName, attribs: src ? { ...attribs, src } : { ...attribs, src: '' } }
      },
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) || (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()),
  }).replace(/<a href="">/g, '<a>')

/**
 * A record's Lexical body as HTML for a WeChat article. Upload nodes become an `<img>` or a link to the
 * file, resolved through `media` (only files the public may read are in it: any other upload is left
 * out); the result is sanitized whatever the converters produced.
 */
export const articleHtml = (body: unknown, media: Map<string, MediaLike>, origin: string): string => {
  if (!body || typeof body !== 'object' || !(body as { root?: unknown }).root) return ''
  const upload: HTMLConverters['upload'] = ({ node }) => {
    const value = node.value
    const id = value && typeof value === 'object' ? value.id : value
    const file = media.get(String(id))
    if (!file?.url) return ''
    const url = escapeHtml(absoluteUrl(file.url, origin) ?? '')
    if (file.mimeType?.startsWith('image/')) {
      const size = file.width && file.height ? ` width="${file.width}" height="${file.height}"` : ''
      return `<p><img src="${url}" alt="${escapeHtml(String(node.fields?.alt || file.alt || ''))}"${size} /></p>`
    }
    return `<p><a href="${url}">${escapeHtml(file.filename ?? url)}</a></p>`
  }
  const html = convertLexicalToHTML({
    data: body as SerializedEditorState,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    // A node type without a converter (a block added later) is left out rather than shown as "unknown node".
    converters: ({ defaultConverters }) => ({ ...defaultConverters, upload, unknown: () => '' }),
  })
  return sanitizeArticle(html, origin)
}

/** Ids of the uploads a Lexical body embeds. */
export const uploadIdsOf = (body: unknown): string[] => {
  const ids: string[] = []
  const walk = (item: unknown) => {
    if (!item || typeof item !== 'object') return
    const node = item as { type?: unknown; value?: unknown; children?: unknown }
    if (node.type === 'upload' && node.value !== undefined && node.value !== null)
      ids.push(String(typeof node.value === 'object' ? (node.value as { id?: unknown }).id : node.value))
    if (Array.isArray(node.children)) node.children.forEach(walk)
  }
  walk((body as { root?: unknown } | null | undefined)?.root)
  return [...new Set(ids)]
}
