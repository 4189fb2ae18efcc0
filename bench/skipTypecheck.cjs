/*
 * Preloaded (NODE_OPTIONS=--require) into `npm run build` by bench/run.ts only when the normal build failed
 * its type check and BENCH_TYPECHECK is not 1: sets `typescript.ignoreBuildErrors` on the loaded Next config,
 * so `next build` compiles the same code without `tsc` over the whole repository (tests included). Next has no
 * flag or variable for it, and next.config.mjs is not the bench's to change. The bench reports such a build
 * in bench/results.md, with the first type errors.
 */
const Module = require('node:module')
const path = require('node:path')

const CONFIG = `${path.sep}next${path.sep}dist${path.sep}server${path.sep}config.js`
const originalLoad = Module._load
const patched = new WeakMap()

Module._load = function load(request, parent, isMain) {
  const exports = originalLoad.call(this, request, parent, isMain)
  let file
  try {
    file = Module._resolveFilename(request, parent, isMain)
  } catch {
    return exports
  }
  if (!file.endsWith(CONFIG) || typeof exports?.default !== 'function') return exports
  if (!patched.has(exports)) {
    const loadConfig = exports.default
    const wrapped = Object.create(exports, {
      default: {
        enumerable: true,
        value: async (...args) => {
          const config = await loadConfig(...args)
          if (config && typeof config === 'object') config.typescript = { ...config.typescript, ignoreBuildErrors: true }
          return config
        },
      },
    })
    patched.set(exports, wrapped)
  }
  return patched.get(exports)
}
