import { describe, expect, it } from '@jest/globals'
import type { SanitizedConfig } from 'payload'

import { reactorsInRunOrder } from '../../src/core/publication.js'
import { freshDatabaseUri } from '../helpers/database.js'

const HOOK_TYPES = [
  'beforeOperation',
  'beforeValidate',
  'beforeChange',
  'afterChange',
  'afterOperation',
  'afterRead',
  'beforeDelete',
  'afterDelete',
] as const

/** The reference config, sanitized; the database it names is never opened. */
const appConfig = async (): Promise<SanitizedConfig> => {
  process.env.DATABASE_URI ??= await freshDatabaseUri('hookchain')
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  return (await import('../../payload.config.js')).default
}

const chainOf = (config: SanitizedConfig, slug: string) => {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`no collection ${slug}`)
  const hooks = collection.hooks as Record<string, ({ name: string } | undefined)[] | undefined>
  return Object.fromEntries(HOOK_TYPES.map((type) => [type, (hooks[type] ?? []).map((hook) => hook?.name ?? '')]))
}

/** Shared by both records: the chains the plugins build around each collection's own hooks. */
const RECORD_CHAIN = {
  // The client's own arguments are checked before any hook adds to them (apiLimits, first); the search in
  // the other script is added last, after the checks.
  beforeOperation: [
    'checkApiArguments',
    'rememberDraftSave',
    'hideDraftsFromPublic',
    'guardRecordRefQueries',
    'confineInternalQueries',
    'matchBothScripts',
  ],
  beforeValidate: [],
  afterOperation: ['hideUnreadableRefs'],
  afterRead: [],
  beforeDelete: [],
  afterDelete: ['syncMediaVisibilityOnDelete', 'decideDeletion', 'auditDeletion'],
}

// The one read of the stored row comes first, so every rule after it can ask what was public; the client's
// input is refused before the collection's own hooks derive anything from it; the review is applied and the
// publish gate checked last, over the data as the collection's hooks left it.
const CLIENT_INPUT_RULES = [
  'requireLatestVersion',
  'ignoreClientAuthorship',
  'restrictAskedAgencies',
  'protectPublishedAt',
  'enforceDisclosureAttribute',
  'refuseUnsafeLinks',
]
const REVIEW_LAST = ['applyAgencyConfirmations', 'applySecrecyReview', 'requirePublishable']

describe('the hook chains of the record collections', () => {
  it('pins every disclosure hook by name, in order', async () => {
    expect(chainOf(await appConfig(), 'disclosures')).toEqual({
      ...RECORD_CHAIN,
      beforeChange: [
        'rememberPublication',
        ...CLIENT_INPUT_RULES,
        // The index number is assigned and the publish-by date computed before the media and interpretation rules read the record.
        'assignIndexNumber',
        'computePublishBy',
        // mediaRefs is collected before it is checked against what the user may see.
        'collectMediaRefs',
        'requireVisibleMedia',
        'requireInterpretation',
        ...REVIEW_LAST,
      ],
      // The outcome is decided first; the cascade to interpretations runs before media visibility is
      // refreshed, and the audit writes what the save did last.
      afterChange: ['decidePublication', 'auditIndexNumber', 'publishInterpretationsWithPolicy', 'syncMediaVisibility', 'auditWorkflow'],
    })
  })

  it('pins every interpretation hook by name, in order', async () => {
    expect(chainOf(await appConfig(), 'interpretations')).toEqual({
      ...RECORD_CHAIN,
      beforeChange: [
        'rememberPublication',
        ...CLIENT_INPUT_RULES,
        'requireReadablePolicies',
        'collectMediaRefs',
        'requireVisibleMedia',
        'requirePublicPolicy',
        ...REVIEW_LAST,
      ],
      afterChange: ['decidePublication', 'syncMediaVisibility', 'auditWorkflow'],
    })
  })

  it("has no anonymous hook on any of the suite's collections", async () => {
    const config = await appConfig()
    // Payload's own jobs collection and the catalogue tree's nested-docs hooks are not the suite's to name.
    const theirs = new Set(['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations'])
    const anonymous = config.collections
      .filter((collection) => !theirs.has(collection.slug))
      .flatMap((collection) =>
        Object.entries(chainOf(config, collection.slug)).flatMap(([type, names]) =>
          names.filter((name) => name === '' || name === 'anonymous').map(() => `${collection.slug}.${type}`),
        ),
      )
    expect(anonymous).toEqual([])
  })

  it('reindexes search rows before it invalidates the public cache, after commit', async () => {
    expect(reactorsInRunOrder(await appConfig()).map((reactor) => reactor.name)).toEqual(['reindexSearchRows', 'invalidatePublicCache'])
  })
})
