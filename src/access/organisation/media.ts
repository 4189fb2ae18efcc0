import type { Access, Where } from 'payload'

import { inOwnDepartments } from '../predicates.js'

const publicFiles: Where = { isPublic: { equals: true } }

/**
 * Who sees a media document (DESIGN §3 media): the public only files a public record uses; staff also
 * their departments' files; city-wide staff all. A file with no department yet (rows from before files
 * belonged to departments) is seen by city-wide staff only, until one of them assigns it.
 */
export const readMedia: Access = ({ req }) =>
  inOwnDepartments(req.user, (ids) => ({ or: [{ department: { in: ids } }, publicFiles] }), publicFiles)

/** Only staff of the file's department change, replace or delete it; city-wide staff any file. */
export const mediaOfOwnDepartments: Access = ({ req }) => inOwnDepartments(req.user, (ids) => ({ department: { in: ids } }))
