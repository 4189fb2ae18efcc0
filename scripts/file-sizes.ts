/**
 * `npm run sizes`: the source files (src/, scripts/, payload.config.ts) longer than 300 lines, longest
 * first; exits 1 when there is one. STYLE.md: files of about 40-150 lines, split by behaviour past ~300.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT, sourceFiles } from './sourceFiles.js'

const LIMIT = 300
/** Written by `payload generate:types`, not by hand. */
const GENERATED = new Set(['src/payload-types.ts'])

const lines = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\n$/, '').split('\n').length
const sized = sourceFiles()
  .filter((file) => !GENERATED.has(file))
  .map((file) => ({ file, lines: lines(file) }))
  .sort((a, b) => b.lines - a.lines)
const over = sized.filter(({ lines }) => lines > LIMIT)

console.log(`${sized.length} source files, ${sized.reduce((sum, { lines }) => sum + lines, 0)} lines; the longest:`)
for (const { file, lines } of sized.slice(0, 5)) console.log(`  ${String(lines).padStart(5)}  ${file}`)
if (over.length) {
  console.log(`\n${over.length} over ${LIMIT} lines:`)
  for (const { file, lines } of over) console.log(`  ${String(lines).padStart(5)}  ${file}`)
  process.exit(1)
}
console.log(`\nnone over ${LIMIT} lines`)
