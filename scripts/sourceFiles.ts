import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is in scripts/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/

const walk = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(relative)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : []
  })

/** The app's source: src/, scripts/ and payload.config.ts, as paths from the root with `/`. */
export const sourceFiles = (): string[] => [...walk('src'), ...walk('scripts'), 'payload.config.ts'].sort()
