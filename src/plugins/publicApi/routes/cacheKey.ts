/** A cache key that does not depend on the order of parameters or on `_` cache busters. */
export const normalizedKey = (path: string, params: URLSearchParams) => {
  const kept = [...params]
    .filter(([name]) => !name.startsWith('_'))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
  return kept.length ? `${path}?${new URLSearchParams(kept)}` : path
}
