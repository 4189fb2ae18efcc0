import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The sources import TypeScript files by their .js names (ESM, as Node and tsc resolve them); webpack maps
  // them back to .ts. Turbopack (Next 16's default) has no such option yet, so dev and build run with --webpack.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  // chinese-days declares "type": "commonjs" but points webpack's "module" field at an ES module file, which
  // webpack then refuses to parse; on the server Node loads its CommonJS build instead, as it does in the tests.
  serverExternalPackages: ['chinese-days'],
  // `next dev` serves its dev resources to localhost only; opened as 127.0.0.1 the admin stayed blank.
  allowedDevOrigins: ['127.0.0.1'],
  // CSP, nosniff, Referrer-Policy, X-Frame-Options, and HSTS in production (next build runs with NODE_ENV=production).
  async headers() {
    return securityHeaders({ production: process.env.NODE_ENV === 'production' })
  },
  // No public front end yet: the site root opens the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig)
