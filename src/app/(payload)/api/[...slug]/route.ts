/* Payload's REST API at /api, as in Payload's blank template (v3), behind the staff API's body limits. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { limitRequestBodies } from '../../../../config/requestLimits.js'

export const GET = limitRequestBodies(REST_GET(config))
export const POST = limitRequestBodies(REST_POST(config))
export const DELETE = limitRequestBodies(REST_DELETE(config))
export const PATCH = limitRequestBodies(REST_PATCH(config))
export const PUT = limitRequestBodies(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
