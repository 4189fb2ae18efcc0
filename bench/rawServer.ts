/**
 * The floor for a database-backed read: the public list and detail queries in hand-written SQL behind
 * bare `node:http`, no Payload, no cache. Same paths as the public API:
 *
 *   GET /api/public/disclosures?catalogue=<id>&limit=20   public records filed under the entry, newest first
 *   GET /api/public/disclosures/<id>                      one public record, with its body
 *   GET /api/public/ping                                  readiness
 *
 * Env: DATABASE_URI (file:… or postgres://…), PORT. The SQL follows the schema Payload's SQL adapters
 * generate for `disclosures`: a hasMany relationship such as `catalogue` lives in `disclosures_rels`
 * (parent_id, path = 'catalogue', catalogue_entries_id, "order"); groups are flattened into columns
 * (`validity_status`, `disclosure_attribute`, `secrecy_review_status`).
 *
 * Left out on purpose: the total count (a paginated API counts the entry's few thousand rows on top of
 * this), and `keywords` (hasMany text, in `disclosures_texts`). Payload indexes that table on
 * ("order", parent_id) only, so without the parent_id index src/config/database.ts has added since
 * (commit ed60eee) each record's lookup scanned the whole index: ~3.5 ms per record on PostgreSQL, ~10 ms
 * on SQLite at 100,000 records, and on PostgreSQL 20 of them pushed the plan's cost over jit_above_cost,
 * adding ~25 ms of JIT compilation to every list query. With the index they would cost little; they are
 * still left out, so this floor stays comparable with earlier results.
 */
import http from 'node:http'

import { createClient } from '@libsql/client'
import pg from 'pg'

const uri = process.env.DATABASE_URI ?? ''
const port = Number(process.env.PORT ?? 3403)

const PUBLIC = `d._status = 'published' and d.disclosure_attribute = 'proactive' and d.secrecy_review_status = 'passed'`

const LIST_COLUMNS = `d.id, d.title, d.index_number, d.document_number, d.department_id, d.written_at, d.published_at, d.topic, d.genre,
  d.document_kind, d.summary, d.validity_status, d.validity_effective_from, d.validity_effective_until, d.validity_replaced_by_id,
  d.requires_interpretation, d.created_at, d.updated_at`

type Row = Record<string, unknown>
type Query = (sql: string, params: (string | number)[]) => Promise<Row[]>

const sqlite = (): { query: Query; list: string; detail: string } => {
  const client = createClient({ url: uri })
  const catalogueOf = `(select json_group_array(r.catalogue_entries_id) from (select catalogue_entries_id from disclosures_rels r
    where r.parent_id = d.id and r.path = 'catalogue' order by r."order") r) as catalogue`
  return {
    query: async (sql, params) => (await client.execute({ sql, args: params })).rows as unknown as Row[],
    // Without statistics SQLite would start from the entry's rows and
    // sort them all, reading each wide row (published_at sits after the body); walking published_at backwards
    // and probing the entry's rows is the plan PostgreSQL picks by itself. INDEXED BY and the unary + ask for it.
    list: `select ${LIST_COLUMNS}, ${catalogueOf}
      from disclosures d indexed by disclosures_published_at_idx cross join disclosures_rels c on c.parent_id = d.id
      where +c.catalogue_entries_id = ? and +c.path = 'catalogue' and ${PUBLIC}
      order by d.published_at desc limit ?`,
    detail: `select d.*, ${catalogueOf} from disclosures d where ${PUBLIC} and d.id = ?`,
  }
}

const postgres = (): { query: Query; list: string; detail: string } => {
  const pool = new pg.Pool({ connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX ?? 20) })
  const catalogueOf = `array(select r.catalogue_entries_id from disclosures_rels r where r.parent_id = d.id and r.path = 'catalogue' order by r."order") as catalogue`
  return {
    query: async (sql, params) => (await pool.query(sql, params)).rows as Row[],
    list: `select ${LIST_COLUMNS}, ${catalogueOf} from disclosures_rels c join disclosures d on d.id = c.parent_id
      where c.catalogue_entries_id = $1 and c.path = 'catalogue' and ${PUBLIC}
      order by d.published_at desc limit $2`,
    detail: `select d.*, ${catalogueOf} from disclosures d where ${PUBLIC} and d.id = $1`,
  }
}

const isSqlite = uri.startsWith('file:')
if (!isSqlite && !/^postgres(ql)?:\/\//.test(uri)) throw new Error('rawServer: DATABASE_URI must be file:… or postgres://…')
const db = isSqlite ? sqlite() : postgres()

/** SQLite hands back JSON text for the aggregates and the body; PostgreSQL arrays and jsonb as values. */
const decode = (row: Row): Row => {
  if (!isSqlite) return row
  const out: Row = { ...row }
  for (const key of ['catalogue', 'body']) if (typeof out[key] === 'string') out[key] = JSON.parse(out[key] as string)
  return out
}

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

const ID = /^\d{1,12}$/

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.method !== 'GET') return send(res, 405, { errors: [{ message: 'GET only' }] })
    if (url.pathname === '/api/public/ping') return send(res, 200, { ok: true })
    if (url.pathname === '/api/public/disclosures') {
      const catalogue = url.searchParams.get('catalogue') ?? ''
      const limit = Number(url.searchParams.get('limit') ?? 20)
      if (!ID.test(catalogue)) return send(res, 400, { errors: [{ message: 'catalogue: an id is required' }] })
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) return send(res, 400, { errors: [{ message: 'limit: 1–100' }] })
      const docs = (await db.query(db.list, [Number(catalogue), limit])).map(decode)
      return send(res, 200, { docs, limit })
    }
    const match = /^\/api\/public\/disclosures\/([^/]+)$/.exec(url.pathname)
    if (match) {
      if (!ID.test(match[1])) return send(res, 404, { errors: [{ message: 'not found' }] })
      const [row] = await db.query(db.detail, [Number(match[1])])
      return row ? send(res, 200, decode(row)) : send(res, 404, { errors: [{ message: 'not found' }] })
    }
    return send(res, 404, { errors: [{ message: 'not found' }] })
  } catch (err) {
    console.error(err)
    if (!res.headersSent) send(res, 500, { errors: [{ message: 'server error' }] })
  }
})

server.keepAliveTimeout = 65_000
server.listen(port, '127.0.0.1', () => console.log(`rawServer (${isSqlite ? 'sqlite' : 'postgres'}) on http://127.0.0.1:${port}`))
