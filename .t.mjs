import { tsImport } from 'tsx/esm/api'
process.on('exit', (c) => console.log('exit', c))
const t0 = Date.now()
for (const f of ['./src/config/email.ts','./src/config/secret.ts','./src/index.ts','./src/config/database.ts']) {
  await tsImport(f, import.meta.url); console.log('loaded', f, Date.now()-t0)
}
const m = await tsImport('./src/config/database.ts', import.meta.url)
await m.databaseAdapter(); console.log('adapter ok', Date.now()-t0)
