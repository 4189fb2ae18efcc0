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
import { apiLimitsPlugin, disclosurePlugin, gongkaiSuitePlugin, publicApiPlugin, searchPlugin } from './src/index.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The reference app for these settings; entry points that differ (the lean server) pass their own. */
export const buildGongkaiConfig = async (settings: Settings) => buildConfig({
  secret: settings.secret,
  // Required in production: Payload reads the session cookie of a request whose Origin is in `csrf` only.
  serverURL: settings.serverURL,
  csrf: settings.serverURL ? [settings.serverURL] : [],
  cors: settings.serverURL ? [settings.serverURL] : [],
  db: await databaseAdapter(settings.databaseUri, { poolMax: settings.databasePoolMax }),
  editor: lexicalEditor(),
  email: emailAdapter(settings.mail),
  sharp,
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 政府信息公开' },
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
    // Payload's reset-mail throttle writes outside the transaction, which SQLite refuses while one is open.
    gongkaiSuitePlugin({ passwordResetInterval: settings.databaseUri.startsWith('file:') ? 0 : 15_000, accounts: settings.accounts }),
    disclosurePlugin(),
    // The response cache of the public read API and its invalidation (PUBLIC_CACHE, REDIS_URL).
    publicApiPlugin({ cache: () => createPublicCache(settings.publicCache, 'memory') }),
    // Chinese search over public records: the index collection and the hooks that keep it in step.
    searchPlugin(),
    // Page caps, ids, `where` and body checks of the staff REST and GraphQL API; last, so it sees every collection.
    apiLimitsPlugin(),
  ],
})

export default buildGongkaiConfig(readSettings())
