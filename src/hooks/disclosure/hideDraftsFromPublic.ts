import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../../access/roles.js'

/** `?draft=true` means nothing to the public: without a staff role, reads see published documents only. */
export const hideDraftsFromPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'read' || operation === 'count') && !isStaff(req.user) && args.overrideAccess !== true) {
    return { ...args, draft: false }
  }
  return args
}
