import { describe, expect, it } from '@jest/globals'

import { formatChinaDate, formatChinaDateTime } from '../../src/lib/chinaDate.js'

describe('China-time display formats', () => {
  it('shows an instant as yyyy-MM-dd HH:mm in China time, across the UTC day boundary', () => {
    expect(formatChinaDateTime('2024-03-01T16:05:00.000Z')).toBe('2024-03-02 00:05')
    expect(formatChinaDateTime(new Date('2024-12-31T23:59:59.000Z'))).toBe('2025-01-01 07:59')
    expect(formatChinaDateTime('2024-07-01T04:00:00.000Z')).toBe('2024-07-01 12:00')
  })

  it('shows the China calendar day as yyyy-MM-dd', () => {
    expect(formatChinaDate('2024-03-01T16:05:00.000Z')).toBe('2024-03-02')
    expect(formatChinaDate('2024-03-01T15:59:00.000Z')).toBe('2024-03-01')
  })

  it('shows nothing for a missing or invalid value', () => {
    expect(formatChinaDateTime(undefined)).toBe('')
    expect(formatChinaDateTime(null)).toBe('')
    expect(formatChinaDateTime('not a date')).toBe('')
    expect(formatChinaDate('')).toBe('')
    expect(formatChinaDate('2024-13-45')).toBe('')
  })
})
