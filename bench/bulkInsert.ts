/**
 * Many documents in a few statements, on Payload's SQL adapters: each document is split into rows by the
 * adapter's own `transformForWrite` (exactly what `payload.db.create` does first), then the main rows,
 * relationship rows and hasMany-text rows go in with the adapter's multi-row `payload.db.insert`.
 * `payload.db.create` sends three or more statements per document and has no bulk variant; this sends
 * three per few hundred. Documents with arrays, blocks, hasMany selects or numbers, or locales are
 * refused (the bench's records have none); use `payload.db.create` for those.
 *
 * `transformForWrite` is not exported by @payloadcms/drizzle, so it is loaded from its file; the
 * Payload packages are pinned, and bench/seed.ts can check this path against `payload.db.create`
 * (BENCH_SEED_METHOD=create) — see bench/README.md.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { buildVersionCollectionFields, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

type Row = Record<string, unknown>
type Transformed = {
  row: Row
  relationships: Row[]
  texts: Row[]
  numbers: Row[]
  locales: Record<string, Row>
  arrays: Record<string, unknown[]>
  blocks: Record<string, unknown[]>
  selects: Record<string, unknown[]>
  relationshipsToAppend: unknown[]
}
type TransformForWrite = (args: {
  adapter: unknown
  data: Row
  enableAtomicWrites: boolean
  fields: unknown
  path: string
  tableName: string
}) => Transformed

type SqlAdapter = {
  tableNameMap: Map<string, string>
  relationshipsSuffix: string
  sessions: Record<string, { db: unknown }>
  drizzle: unknown
  insert: (args: { db: unknown; tableName: string; values: Row[] }) => Promise<Row[]>
}

let transformForWrite: TransformForWrite | undefined

const loadTransform = async (): Promise<TransformForWrite> => {
  if (transformForWrite) return transformForWrite
  const main = createRequire(import.meta.url).resolve('@payloadcms/drizzle')
  const file = path.join(path.dirname(main), 'transform', 'write', 'index.js')
  const mod = (await import(pathToFileURL(file).href)) as { transformForWrite: TransformForWrite }
  transformForWrite = mod.transformForWrite
  return transformForWrite
}

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const MAIN_CHUNK = 400
const CHILD_CHUNK = 2000

const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

const nonEmpty = (value: Record<string, unknown[]> | Record<string, Row>) =>
  Object.values(value).some((item) => (Array.isArray(item) ? item.length > 0 : Boolean(item)))

type Fields = Payload['collections'][CollectionSlug]['config']['flattenedFields']

/**
 * Inserts `docs` into `collection` in the transaction of `req` (or none); returns their ids in order.
 * The main rows' order is checked against the rows returned, by `checkKey` (a unique field), when given.
 */
export const bulkInsert = async (
  payload: Payload,
  collection: CollectionSlug,
  docs: Row[],
  req?: PayloadRequest,
  checkKey?: string,
): Promise<(number | string)[]> =>
  insertRows(payload, collection.replace(/-/g, '_'), payload.collections[collection].config.flattenedFields, docs, req, checkKey)

/**
 * The version rows `payload.db.createVersion` writes for each new document of a collection with drafts (one per
 * document, `latest`): the admin's list and Payload's `draft: true` reads (queryDrafts) read this table, not the main one.
 */
export const bulkInsertVersions = async (
  payload: Payload,
  collection: CollectionSlug,
  docs: Row[],
  ids: (number | string)[],
  req?: PayloadRequest,
): Promise<void> => {
  const config = payload.collections[collection].config
  const fields = buildVersionCollectionFields(payload.config, config, true) as Fields
  const rows = docs.map((version, i) => ({
    parent: ids[i],
    version,
    latest: true,
    autosave: false,
    createdAt: version.updatedAt,
    updatedAt: version.updatedAt,
  }))
  const adapter = payload.db as unknown as SqlAdapter & { versionsSuffix: string }
  await insertRows(payload, `_${collection.replace(/-/g, '_')}${adapter.versionsSuffix}`, fields, rows, req, 'parent')
}

const insertRows = async (
  payload: Payload,
  table: string,
  fields: Fields,
  docs: Row[],
  req?: PayloadRequest,
  checkKey?: string,
): Promise<(number | string)[]> => {
  const transform = await loadTransform()
  const adapter = payload.db as unknown as SqlAdapter
  const tableName = adapter.tableNameMap.get(table)
  if (!tableName) throw new Error(`bulkInsert: no table for ${table}`)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const db = (transactionID !== undefined && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle

  const transformed = docs.map((data) => {
    const rows = transform({ adapter, data: { ...data }, enableAtomicWrites: false, fields, path: '', tableName })
    if (
      rows.numbers.length ||
      rows.relationshipsToAppend.length ||
      nonEmpty(rows.locales) ||
      nonEmpty(rows.arrays) ||
      nonEmpty(rows.blocks) ||
      nonEmpty(rows.selects)
    ) {
      throw new Error(
        'bulkInsert: documents with arrays, blocks, hasMany numbers or selects, or locales are not supported; use payload.db.create',
      )
    }
    return rows
  })

  const ids: (number | string)[] = []
  for (const chunk of chunks(transformed, MAIN_CHUNK)) {
    const inserted = await adapter.insert({ db, tableName, values: chunk.map((rows) => rows.row) })
    if (inserted.length !== chunk.length) throw new Error(`bulkInsert: ${chunk.length} rows sent, ${inserted.length} returned`)
    inserted.forEach((row, i) => {
      if (checkKey && row[checkKey] !== chunk[i].row[checkKey]) throw new Error(`bulkInsert: rows came back in another order (${checkKey})`)
      const id = row.id as number | string
      ids.push(id)
      for (const relation of chunk[i].relationships) relation.parent = id
      for (const text of chunk[i].texts) text.parent = id
    })
  }
  const relationships = transformed.flatMap((rows) => rows.relationships)
  for (const chunk of chunks(relationships, CHILD_CHUNK))
    await adapter.insert({ db, tableName: `${tableName}${adapter.relationshipsSuffix}`, values: chunk })
  const texts = transformed.flatMap((rows) => rows.texts)
  for (const chunk of chunks(texts, CHILD_CHUNK)) await adapter.insert({ db, tableName: `${tableName}_texts`, values: chunk })
  return ids
}
