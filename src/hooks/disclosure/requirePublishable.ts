import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField, refused } from '../../core/errors.js'
import { mergedDoc } from '../../core/mergedDoc.js'
import { publishProblem } from '../../core/reviewRules.js'
import type { ResolvedDisclosureOptions } from './options.js'
import { named } from '../../core/named.js'

/**
 * The publish gate, for every path that publishes — the admin, REST, GraphQL, the Local API and the
 * scheduled-publish job, which sends only `_status`: so it reads the merged document.
 */
export const requirePublishable = (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  named('requirePublishable', ({ collection, data, originalDoc, req }) => {
    const merged = mergedDoc(originalDoc, data)
    if (merged._status !== 'published') return data
    const problem = publishProblem(req.user, merged, options)
    if (problem?.rule === 'publish.notOwnDepartment') throw refused(req, problem.rule, { field: problem.path })
    if (problem) throw invalidField(req, collection.slug, problem.path, problem.rule)
    if (!merged.publishedAt) data.publishedAt = new Date().toISOString()
    return data
  })
