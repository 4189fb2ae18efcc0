/**
 * What a WeChat official account's draft API (草稿箱 `draft/add`) accepts: a title of at most 32 characters,
 * an author of at most 16, a digest of at most 120.
 */
export const WECHAT_LIMITS = { title: 32, author: 16, digest: 120 } as const

/** A text cut to `max` characters, ending in … when cut. */
export const fitTo = (text: string, max: number) => {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}
