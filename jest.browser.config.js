/**
 * The browser tests (`npm run test:browser`): headless Chromium against a running built app at BASE_URL; the
 * same ESM transform as jest.config.js, and nothing but tests/browser.
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
}
