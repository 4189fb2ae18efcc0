/* The public read API mounted in the Next app: one handler set per process, on the app's Payload instance. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { readSettings } from '../../config/env.js'
import { publicApiOptionsOf } from '../../config/publicApi.js'
import type { PublicApi } from '../../plugins/publicApi/handler.js'
import { createPublicApi } from '../../plugins/publicApi/handler.js'

let api: Promise<PublicApi> | undefined

const publicApi = () =>
  (api ??= getPayload({ config })
    .then((payload) => createPublicApi(payload, publicApiOptionsOf(readSettings())))
    .catch((err) => {
      api = undefined
      throw err
    }))

export const handlePublic = async (request: Request): Promise<Response> => (await publicApi()).handle(request)
