/* The public read API mounted in the Next app: one handler set per process, on the app's Payload instance. */
import config from '@payload-config'
import { getPayload } from 'payload'

import type { PublicApi } from '../../plugins/publicApi/handler.js'
import { createPublicApi, publicApiOptionsFromEnv } from '../../plugins/publicApi/handler.js'
import { PUBLIC_ROUTES } from './publicRoutes.js'

let api: Promise<PublicApi> | undefined

const publicApi = () =>
  (api ??= getPayload({ config }).then((payload) => createPublicApi(payload, { ...publicApiOptionsFromEnv(), routes: PUBLIC_ROUTES })).catch((err) => {
    api = undefined
    throw err
  }))

export const handlePublic = async (request: Request): Promise<Response> => (await publicApi()).handle(request)
