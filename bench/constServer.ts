/**
 * The ceiling: a constant body behind bare `node:http`, the same body (and content type) as the Next
 * app's `GET /api/public/ping`, so "Next route vs bare node" compares the frameworks, nothing else.
 *
 * Env: PORT; CONST_BODY and CONST_CONTENT_TYPE (bench/run.ts copies them from the Next route's answer;
 * default `{"ok":true}`, application/json).
 */
import http from 'node:http'

const port = Number(process.env.PORT ?? 3404)
const body = Buffer.from(process.env.CONST_BODY ?? '{"ok":true}')
const contentType = process.env.CONST_CONTENT_TYPE ?? 'application/json'

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
  res.end(body)
})

server.keepAliveTimeout = 65_000
server.listen(port, '127.0.0.1', () => console.log(`constServer on http://127.0.0.1:${port} (${body.length} bytes)`))
