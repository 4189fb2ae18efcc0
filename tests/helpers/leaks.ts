/** Keys that must never reach an anonymous caller with a value (DESIGN §4.5). */
export const INTERNAL_KEYS = [
  'secrecyReview',
  'reason',
  'grounds',
  'decidedBy',
  'decidedAt',
  'reviewer',
  'opinion',
  'agencyConfirmations',
  'createdBy',
  'updatedBy',
  'mediaRefs',
  'contentHash',
]

/** Also kept out of the public contract (`/api/public`): workflow state that is not the public's business. */
export const NON_CONTRACT_KEYS = [
  ...INTERNAL_KEYS,
  'disclosure',
  'publishBy',
  'publishByProvisional',
  'publishedLate',
  '_status',
  'isPublic',
  'serialLockedAt',
]

/** Whether a value carries anything: GraphQL answers a hidden group with an object of nulls. */
const hasContent = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasContent)
    : value && typeof value === 'object'
      ? Object.values(value).some(hasContent)
      : value !== null && value !== undefined

/** The listed keys that appear anywhere in `value` with content. */
export const internalKeysIn = (value: unknown, keys: string[] = INTERNAL_KEYS, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => internalKeysIn(item, keys, found))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (keys.includes(key) && hasContent(child)) found.add(key)
      internalKeysIn(child, keys, found)
    }
  }
  return found
}

/** Names of the elements of an XML text (CDATA included, so markup carried in it counts too). */
export const xmlElementNames = (xml: string): string[] => [
  ...new Set([...xml.matchAll(/<\/?([A-Za-z_][\w.:-]*)/g)].map((match) => match[1].replace(/^[\w.-]+:/, ''))),
]
