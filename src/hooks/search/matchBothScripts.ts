import type { CollectionBeforeOperationHook, Where } from 'payload'

import { withBothScripts } from '../../lib/search/scriptVariants.js'

/**
 * List search and relationship pickers match Simplified and Traditional alike: a read's `like` or
 * `contains` on Chinese text also looks for the text in the other script (`财政局` finds `財政局`).
 */
export const matchBothScripts: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const where = (args as { where?: Where }).where
  return where ? { ...args, where: withBothScripts(where) } : args
}
