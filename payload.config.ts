import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { accountSettingsFromEnv } from './src/config/accounts.js'
import { DEFAULT_DATABASE_URI, databaseAdapter } from './src/config/database.js'
import { emailAdapter } from './src/config/email.js'
import { resolveSecret } from './src/config/secret.js'
import { resolveServerURL } from './src/config/serverUrl.js'
import { apiLimitsPlugin, disclosurePlugin, gongkaiSuitePlugin, publicApiPlugin, searchPlugin } from './src/index.js'

const databaseUri = process.env.DATABASE_URI ?? DEFAULT_DATABASE_URI

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Required in production: Payload reads the session cookie of a request whose Origin is in `csrf` only.
const serverURL = resolveServerURL()

export default buildConfig({
  secret: resolveSecret(),
  serverURL,
  csrf: serverURL ? [serverURL] : [],
  cors: serverURL ? [serverURL] : [],
  db: await databaseAdapter(databaseUri),
  editor: lexicalEditor(),
  email: emailAdapter(process.env.SMTP_URL),
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
    autoRun: process.env.GONGKAI_JOBS_AUTORUN === '0' ? undefined : [{ cron: '* * * * *', queue: 'default' }],
    tasks: [],
  },
  graphQL: { maxComplexity: 2000 },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  plugins: [
    // Payload's reset-mail throttle writes outside the transaction, which SQLite refuses while one is open.
    gongkaiSuitePlugin({ passwordResetInterval: databaseUri.startsWith('file:') ? 0 : 15_000, accounts: accountSettingsFromEnv() }),
    disclosurePlugin(),
    // The response cache of the public read API and its invalidation (PUBLIC_CACHE, REDIS_URL).
    publicApiPlugin(),
    // Chinese search over public records: the index collection and the hooks that keep it in step.
    searchPlugin(),
    // Page caps, ids, `where` and body checks of the staff REST and GraphQL API; last, so it sees every collection.
    apiLimitsPlugin(),
  ],
})
