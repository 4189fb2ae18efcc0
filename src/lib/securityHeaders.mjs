// Plain JavaScript, because next.config.mjs loads it before anything compiles TypeScript.

const YEAR = 365 * 24 * 60 * 60

/**
 * The headers every response of the public read API carries (its handler and the lean server).
 * @param {boolean} production HSTS only in production: a browser must not pin https on a developer's host.
 * @returns {Record<string, string>}
 */
export const publicSecurityHeaders = (production) => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  ...(production ? { 'Strict-Transport-Security': `max-age=${YEAR}; includeSubDomains` } : {}),
})

/**
 * The admin's Content-Security-Policy. Next's App Router streams its page data in inline `<script>` tags,
 * so without a nonce per request (a proxy plus dynamic rendering of every page) scripts need
 * 'unsafe-inline', as Next's CSP guide gives it "without nonces"; React and Payload set inline styles.
 * Development adds 'unsafe-eval' (React's dev build, webpack's eval source maps) and the HMR websocket.
 * Nothing is loaded from another origin: Payload's code and JSON editors (Monaco, from cdn.jsdelivr.net)
 * do not load, which only the hidden search index's JSON field uses.
 * @param {boolean} production
 */
export const adminContentSecurityPolicy = (production) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

/** API answers (JSON, feeds, files) load nothing: an uploaded file opened on its own runs no script. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

/**
 * Next's `headers()`: every route (the admin, the staff API, the public routes under Next), then the
 * stricter policy for `/api/*` (later rules override earlier ones) except the development-only GraphQL
 * playground, which Payload turns off in production.
 * @param {{ production: boolean }} options
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export const securityHeaders = ({ production }) => {
  const pairs = (/** @type {Record<string, string>} */ record) => Object.entries(record).map(([key, value]) => ({ key, value }))
  return [
    {
      source: '/:path*',
      headers: pairs({
        ...publicSecurityHeaders(production),
        'Content-Security-Policy': adminContentSecurityPolicy(production),
        'X-Frame-Options': 'SAMEORIGIN',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      }),
    },
    { source: '/api/:path((?!graphql-playground$).*)', headers: pairs({ 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY }) },
  ]
}
