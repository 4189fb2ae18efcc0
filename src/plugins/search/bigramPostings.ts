import type { Doc } from './indexDocs.js'

/** Ascending ordinals present in every list; the shortest list leads. */
export const intersect = (lists: Int32Array[]): Int32Array => {
  if (!lists.length) return new Int32Array(0)
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  let current = sorted[0]
  for (const other of sorted.slice(1)) {
    const out: number[] = []
    let j = 0
    for (let i = 0; i < current.length && j < other.length; i++) {
      const value = current[i]
      // Gallop: the other list is usually much longer.
      let step = 1
      while (j + step < other.length && other[j + step] < value) step *= 2
      let lo = j
      let hi = Math.min(j + step, other.length - 1)
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (other[mid] < value) lo = mid + 1
        else hi = mid
      }
      j = lo
      if (other[j] === value) out.push(value)
    }
    current = Int32Array.from(out)
    if (!current.length) break
  }
  return current
}

/**
 * Characters as small dense numbers, so a bigram key stays a small integer (fast Map keys, no boxing).
 * Ids only grow: one codec serves every build of an index.
 */
export class BigramCodec {
  private charIds = new Int32Array(0x10000)
  private nextCharId = 1

  private charId(code: number, create: boolean): number {
    let id = this.charIds[code]
    if (id === 0) {
      if (!create) return -1
      id = this.nextCharId++
      this.charIds[code] = id
    }
    return id
  }

  /** The key of the bigram at `i`, or -1 for a pair never indexed (or one that spans whitespace). */
  gramAt(text: string, i: number, create: boolean): number {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    if (a <= 0x20 || b <= 0x20) return -1
    const ia = this.charId(a, create)
    const ib = ia < 0 ? -1 : this.charId(b, create)
    return ib < 0 ? -1 : ia * 0x10000 + ib
  }

  /** The distinct bigram keys of a document's folded title and text, ascending. */
  gramsOf(text: string, scratch: Int32Array): Int32Array {
    let n = 0
    for (let i = 0; i + 1 < text.length; i++) {
      const key = this.gramAt(text, i, true)
      if (key >= 0) scratch[n++] = key
    }
    const keys = scratch.subarray(0, n).sort()
    let distinct = 0
    for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[distinct++] = keys[i]
    return keys.slice(0, distinct)
  }
}

/** Posting lists of bigram keys to ordinals, over the folded title and text and over titles alone. */
export type Postings = { postings: Map<number, Int32Array>; titlePostings: Map<number, Int32Array> }

/**
 * Fills the posting lists of `docs` (already in ordinal order) in two passes (count, then place). Yields
 * to the event loop every few thousand records, so a server building its index keeps answering.
 */
export const buildPostings = async (docs: Doc[], codec: BigramCodec): Promise<Postings> => {
  const yieldEvery = 2_000
  let scratch = new Int32Array(1024)
  const grams: Int32Array[] = new Array(docs.length)
  const counts = new Map<number, number>()
  const titleGrams: Int32Array[] = new Array(docs.length)
  const titleCounts = new Map<number, number>()
  for (let ordinal = 0; ordinal < docs.length; ordinal++) {
    const doc = docs[ordinal]
    const length = doc.titleFolded.length + doc.textFolded.length + 1
    if (length > scratch.length) scratch = new Int32Array(length * 2)
    const keys = codec.gramsOf(`${doc.titleFolded}\n${doc.textFolded}`, scratch)
    grams[ordinal] = keys
    for (let i = 0; i < keys.length; i++) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1)
    const titleKeys = codec.gramsOf(doc.titleFolded, scratch)
    titleGrams[ordinal] = titleKeys
    for (let i = 0; i < titleKeys.length; i++) titleCounts.set(titleKeys[i], (titleCounts.get(titleKeys[i]) ?? 0) + 1)
    if (ordinal % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve))
  }
  const place = async (perDoc: Int32Array[], sizes: Map<number, number>) => {
    const lists = new Map<number, Int32Array>()
    const filled = new Map<number, number>()
    for (const [key, count] of sizes) {
      lists.set(key, new Int32Array(count))
      filled.set(key, 0)
    }
    for (let ordinal = 0; ordinal < docs.length; ordinal++) {
      const keys = perDoc[ordinal]
      for (let i = 0; i < keys.length; i++) {
        const at = filled.get(keys[i])!
        lists.get(keys[i])![at] = ordinal
        filled.set(keys[i], at + 1)
      }
      if (ordinal % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve))
    }
    return lists
  }
  return { postings: await place(grams, counts), titlePostings: await place(titleGrams, titleCounts) }
}
