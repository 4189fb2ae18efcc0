import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootApp, type TestApp } from '../helpers/payload.js'

describe('the reference app', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await bootApp('boot')
  })
  afterAll(async () => {
    await app?.payload.destroy()
  })

  it('boots with every collection of the suite', () => {
    expect(Object.keys(app.payload.collections)).toEqual(
      expect.arrayContaining(['users', 'departments', 'catalogue-entries', 'disclosures', 'interpretations', 'media', 'audit-log']),
    )
  })
})
