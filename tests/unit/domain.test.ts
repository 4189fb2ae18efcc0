import { describe, expect, it } from '@jest/globals'

import { DEVELOPMENT_SECRET, resolveSecret } from '../../src/config/secret.js'
import { contentHash } from '../../src/lib/contentHash.js'
import { formatIndexNumber, validateIndexNumberPattern } from '../../src/lib/indexNumber.js'

describe('index number formatting', () => {
  it('formats the State Council pattern by default', () => {
    expect(formatIndexNumber()({ departmentCode: '000014349', year: 2020, serial: 72 })).toBe('000014349/2020-00072')
  })

  it('takes another pattern per installation', () => {
    expect(formatIndexNumber('QD-{code}-{YYYY}-{NNN}')({ departmentCode: 'A1', year: 2014, serial: 7 })).toBe('QD-A1-2014-007')
  })

  it('rejects a pattern that could repeat numbers', () => {
    expect(validateIndexNumberPattern('{code}/{NNNNN}')).toContain('{YYYY}')
    expect(validateIndexNumberPattern('{YYYY}-{NNNNN}')).toContain('{code}')
    expect(validateIndexNumberPattern('{code}/{YYYY}')).toContain('{NNNNN}')
    expect(validateIndexNumberPattern('{code}/{YYYY}-{NNNNN}')).toBeNull()
  })
})

describe('the content hash', () => {
  const workflow = new Set(['_status', 'updatedAt', 'secrecyReview'])
  const doc = { title: '標題', department: 3, body: { root: { children: [] } }, _status: 'draft', updatedAt: 'a' }

  it('ignores workflow fields, key order, empty values and populated relations', () => {
    const same = {
      updatedAt: 'b',
      _status: 'published',
      department: { id: 3, createdAt: 'x', name: '市財政局' },
      body: { root: { children: [] } },
      title: '標題',
      summary: '',
      keywords: [],
    }
    expect(contentHash(same, workflow)).toBe(contentHash(doc, workflow))
  })

  it('changes with the content', () => {
    expect(contentHash({ ...doc, title: '另一個標題' }, workflow)).not.toBe(contentHash(doc, workflow))
    expect(contentHash({ ...doc, department: 4 }, workflow)).not.toBe(contentHash(doc, workflow))
  })
})

describe('the Payload secret', () => {
  it('falls back to the development secret outside production', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
  })

  it('refuses to start production without a secret, with the development one, or with a short one', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: DEVELOPMENT_SECRET })).toThrow(/development/)
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/32/)
    const strong = 'f'.repeat(64)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })
})
