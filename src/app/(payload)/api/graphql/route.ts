/* Payload's GraphQL API at /api/graphql, as in Payload's blank template (v3), behind the body size limit. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitRequestBodies } from '../../../../config/requestLimits.js'

export const POST = limitRequestBodies(GRAPHQL_POST(config), { jsonObjectsOnly: false })
export const OPTIONS = REST_OPTIONS(config)
