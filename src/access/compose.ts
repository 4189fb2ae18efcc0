import type { Access, AccessArgs, AccessResult, Where } from 'payload'

const isWhere = (result: AccessResult): result is Where => typeof result === 'object' && result !== null

/** Both results must allow: `false` wins, `true` defers, two `Where`s are ANDed. */
export const andResults = (left: AccessResult, right: AccessResult): AccessResult => {
  if (left === false || right === false) return false
  if (left === true) return right
  if (right === true) return left
  if (isWhere(left) && isWhere(right)) return { and: [left, right] }
  return false
}

/**
 * Wraps a collection's own access function with one of ours, so that a plugin extends the rule the
 * collection already had instead of replacing it.
 */
export const andAccess =
  (existing: Access | undefined, ours: Access): Access =>
  async (args: AccessArgs) => {
    const own = existing ? await existing(args) : true
    if (own === false) return false
    return andResults(own, await ours(args))
  }
