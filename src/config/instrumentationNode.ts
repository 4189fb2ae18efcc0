import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { readSettings } from './env.js'
import { refuseUnmigratedStart } from './startupCheck.js'

/**
 * `next start` (and `next dev`) boot: connect Payload once and refuse a database the migration chain does not
 * describe, before the first request. Payload keeps this instance for the requests that follow.
 */
export const checkDatabaseAtBoot = async (): Promise<void> => {
  await refuseUnmigratedStart(await getPayload({ config }), readSettings())
}
