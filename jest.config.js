/** Native ESM jest (Payload is ESM-only): swc transforms our TypeScript, node_modules stay as they are. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The admin's form-state builder (tests/helpers/formState.ts) imports component stylesheets.
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // The browser tests need a running app: `npm run test:browser` (jest.browser.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/'],
  testTimeout: 180_000,
  maxWorkers: 1,
}
