'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatChinaDate, formatChinaDateTime } from '../../lib/chinaDate.js'

type DateAdmin = { date?: { pickerAppearance?: string; displayFormat?: string } }

/** Whether a date field holds a day (written on, publish by) rather than a moment. */
export const isDayOnly = (admin: unknown): boolean => {
  const date = (admin as DateAdmin | undefined)?.date
  return date?.pickerAppearance === 'dayOnly' || date?.displayFormat === 'yyyy-MM-dd'
}

/** A date in a list, in China time whatever the server's or browser's zone: yyyy-MM-dd or yyyy-MM-dd HH:mm. */
export const ChinaDateCell = ({ cellData, field }: DefaultCellComponentProps) => {
  const value = typeof cellData === 'string' || cellData instanceof Date ? cellData : undefined
  const text = isDayOnly('admin' in field ? field.admin : undefined) ? formatChinaDate(value) : formatChinaDateTime(value)
  return <span>{text}</span>
}
