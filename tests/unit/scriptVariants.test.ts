import { describe, expect, it } from '@jest/globals'

import { scriptVariants, withBothScripts } from '../../src/lib/search/scriptVariants.js'

describe('matching both Chinese scripts in a where', () => {
  it('gives a text in both scripts, itself first, and Latin text alone', () => {
    expect(scriptVariants('财政局')).toEqual(['财政局', '財政局'])
    expect(scriptVariants('財政局')).toEqual(['財政局', '财政局'])
    expect(scriptVariants('市政府')).toEqual(['市政府'])
    expect(scriptVariants('2024 report')).toEqual(['2024 report'])
  })

  it('turns a like or contains on Chinese text into an or of both forms, keeping the other operators', () => {
    expect(withBothScripts({ name: { like: '财政局' } })).toEqual({
      or: [{ name: { like: '财政局' } }, { name: { like: '財政局' } }],
    })
    expect(withBothScripts({ title: { contains: '預算', exists: true } })).toEqual({
      and: [{ title: { exists: true } }, { or: [{ title: { contains: '預算' } }, { title: { contains: '预算' } }] }],
    })
  })

  it('rewrites inside and/or, and leaves conditions without Chinese text exactly as they were', () => {
    const where = { or: [{ title: { like: '财政' } }, { indexNumber: { like: '11370' } }], department: { equals: 3 } }
    expect(withBothScripts(where)).toEqual({
      or: [{ or: [{ title: { like: '财政' } }, { title: { like: '財政' } }] }, { indexNumber: { like: '11370' } }],
      department: { equals: 3 },
    })
    const plain = { department: { equals: 3 }, title: { like: 'abc' } }
    expect(withBothScripts(plain)).toEqual(plain)
    expect(where.or[0]).toEqual({ title: { like: '财政' } })
  })
})
