import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const KEY = 'gongkai:draftSave'

/**
 * Remembers whether an update is a draft save. Collection `beforeChange` hooks cannot tell a draft
 * saved over a published record (the published row stays) from an unpublish: both send `_status: draft`.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update') req.context[KEY] = Boolean((args as { draft?: boolean }).draft)
  return args
}

/** Whether the update `req` is making was asked for as a draft save (see `rememberDraftSave`). */
export const isDraftSave = (req: PayloadRequest): boolean => req.context[KEY] === true
