/**
 * `npm run graph`: the imports between the top-level folders of src/ (core, lib, config, collections,
 * hooks, access, fields, plugins, seed, app, types, and the files directly in src/), scripts/ and
 * payload.config.ts, counted per pair; then the same between the capabilities inside src/plugins. Prints
 * every cycle and exits 1 when there is one. Type-only imports count: a folder that needs another's types
 * depends on it, and the cycle would be real again the moment one of them needs a value.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

import { ROOT, sourceFiles } from './sourceFiles.js'

const files = sourceFiles()
const known = new Set(files)

/** The file a relative (or `@payload-config`) specifier names, or undefined for a package. */
const resolve = (from: string, specifier: string): string | undefined => {
  if (specifier === '@payload-config') return 'payload.config.ts'
  if (!specifier.startsWith('.')) return undefined
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '')
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mjs`, `${stem}.js`, `${base}/index.ts`, `${base}/index.tsx`]
  return candidates.find((candidate) => known.has(candidate))
}

/** Every module a file imports or re-exports, statically or with `import()`, types included. */
const importsOf = (file: string): string[] => {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true)
  const specifiers: string[] = []
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers.map((specifier) => resolve(file, specifier)).filter((target): target is string => !!target)
}

/** src/<folder>, a file directly in src/ (by name), scripts, or payload.config.ts. */
const folderOf = (file: string): string => {
  const parts = file.split('/')
  if (parts[0] !== 'src') return parts[0] === 'scripts' ? 'scripts' : file
  return parts.length === 2 ? `src/${parts[1].replace(/\.[^.]+$/, '')}` : `src/${parts[1]}`
}

/** src/plugins/<capability>, or undefined outside the plugins. */
const capabilityOf = (file: string): string | undefined => {
  const parts = file.split('/')
  return parts[0] === 'src' && parts[1] === 'plugins' && parts.length > 3 ? `plugins/${parts[2]}` : undefined
}

type Edges = Map<string, Map<string, number>>
/** The file imports behind each edge, `from|to` → `importer → imported`. */
type Witnesses = Map<string, string[]>

const edgesBy = (group: (file: string) => string | undefined): { edges: Edges; witnesses: Witnesses } => {
  const edges: Edges = new Map()
  const witnesses: Witnesses = new Map()
  for (const file of files) {
    const from = group(file)
    if (!from) continue
    for (const target of importsOf(file)) {
      const to = group(target)
      if (!to || to === from) continue
      const row = edges.get(from) ?? new Map<string, number>()
      row.set(to, (row.get(to) ?? 0) + 1)
      edges.set(from, row)
      witnesses.set(`${from}|${to}`, [...(witnesses.get(`${from}|${to}`) ?? []), `${file} → ${target}`])
    }
  }
  return { edges, witnesses }
}

/** The shortest cycle through `start` inside `group` (breadth first), as its nodes with `start` first. */
const shortestCycle = (edges: Edges, group: string[], start: string): string[] => {
  const previous = new Map<string, string>()
  const queue = [start]
  while (queue.length) {
    const node = queue.shift()!
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!group.includes(next)) continue
      if (next === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(previous.get(path[0])!)
        return path
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start]
}

/** Strongly connected groups of more than one node (Tarjan): each is at least one cycle. */
const cyclesOf = (edges: Edges): string[][] => {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((row) => [...row.keys()])])].sort()
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  let counter = 0
  const connect = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1) groups.push(group.sort())
    }
  }
  for (const node of nodes) if (!index.has(node)) connect(node)
  return groups
}

const report = (title: string, { edges, witnesses }: { edges: Edges; witnesses: Witnesses }): number => {
  const rows = [...edges]
    .flatMap(([from, row]) => [...row].map(([to, count]) => ({ from, to, count })))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
  console.log(`${title}: ${rows.length} edges, ${rows.reduce((sum, { count }) => sum + count, 0)} imports`)
  const width = Math.max(...rows.map(({ from }) => from.length), 0)
  for (const { from, to, count } of rows) console.log(`  ${from.padEnd(width)} → ${to} (${count})`)
  const cycles = cyclesOf(edges)
  if (!cycles.length) console.log('  no cycles\n')
  for (const group of cycles) {
    console.log(`  CYCLE among ${group.join(', ')}; the shortest through each:`)
    const seen = new Set<string>()
    for (const node of group) {
      const cycle = shortestCycle(edges, group, node)
      const key = [...cycle].sort().join(',') + cycle.length
      if (seen.has(key)) continue
      seen.add(key)
      console.log(`    ${[...cycle, cycle[0]].join(' → ')}`)
      // The imports behind the cycle's thinnest edge: usually the one that points the wrong way.
      const steps = cycle.map((from, i) => [from, cycle[(i + 1) % cycle.length]] as const)
      const [from, to] = steps.reduce((a, b) => ((edges.get(b[0])?.get(b[1]) ?? 0) < (edges.get(a[0])?.get(a[1]) ?? 0) ? b : a))
      const back = witnesses.get(`${from}|${to}`) ?? []
      console.log(`      thinnest edge ${from} → ${to}:`)
      for (const line of back.slice(0, 3)) console.log(`        ${line}`)
      if (back.length > 3) console.log(`        … ${back.length - 3} more`)
    }
  }
  if (cycles.length) console.log('')
  return cycles.length
}

const cycles =
  report('Imports between top-level folders', edgesBy(folderOf)) + report('Imports between plugin capabilities', edgesBy(capabilityOf))
if (cycles) {
  console.log(`${cycles} cycle(s)`)
  process.exit(1)
}
