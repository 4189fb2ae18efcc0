import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './src/config/database.js'
import { emailAdapter } from './src/config/email.js'
import type { Settings } from './src/config/env.js'
import { readSettings } from './src/config/env.js'
import { createPublicCache } from './src/config/publicApi.js'
import { gongkaiPlugin } from './src/index.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The reference app for these settings; entry points that differ (the lean server) pass their own. */
export const buildGongkaiConfig = async (settings: Settings) =>
  buildConfig({
    secret: settings.secret,
    // Required in production: Payload reads the session cookie of a request whose Origin is in `csrf` only.
    serverURL: settings.serverURL,
    csrf: settings.serverURL ? [settings.serverURL] : [],
    cors: settings.serverURL ? [settings.serverURL] : [],
    db: await databaseAdapter(settings.databaseUri, { poolMax: settings.databasePoolMax, push: settings.databasePush }),
    editor: lexicalEditor(),
    email: emailAdapter(settings.mail),
    sharp,
    admin: {
      user: 'users',
      importMap: { baseDir: dirname },
      // One format for every date Payload shows itself (document controls, versions); fields and cells: adminPlugin.
      dateFormat: 'yyyy-MM-dd HH:mm',
    },
    i18n: { supportedLanguages: { zh, 'zh-TW': zhTw }, fallbackLanguage: 'zh' },
    collections: [],
    jobs: {
      // Scheduled publishing runs in the app process; set GONGKAI_JOBS_AUTORUN=0 where a separate worker runs jobs.
      autoRun: settings.jobsAutorun ? [{ cron: '* * * * *', queue: 'default' }] : undefined,
      tasks: [],
    },
    graphQL: { maxComplexity: 2000 },
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    plugins: [
      gongkaiPlugin({
        // Payload's reset-mail throttle writes outside the transaction, which SQLite refuses while one is open.
        organisation: { passwordResetInterval: settings.databaseUri.startsWith('file:') ? 0 : 15_000, accounts: settings.accounts },
        // The public read API's response cache (PUBLIC_CACHE, REDIS_URL); search and the staff API's page caps,
        // ids, `where` and body checks take their defaults.
        publicApi: { cache: () => createPublicCache(settings.publicCache, 'memory') },
      }),
    ],
  })

export default buildGongkaiConfig(readSettings())
