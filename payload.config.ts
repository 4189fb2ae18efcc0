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
import { gongkaiPlugin } from './src/index.js'

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
    gongkaiPlugin({
      // Payload's reset-mail throttle writes outside the transaction, which SQLite refuses while one is open.
      organisation: { passwordResetInterval: databaseUri.startsWith('file:') ? 0 : 15_000, accounts: accountSettingsFromEnv() },
      // The public read API's response cache (PUBLIC_CACHE, REDIS_URL), Chinese search over public records,
      // and the staff API's page caps, ids, `where` and body checks take their defaults.
    }),
  ],
})
