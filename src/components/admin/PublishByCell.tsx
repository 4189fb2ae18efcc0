'use client'
import type { DefaultCellComponentProps } from 'payload'

import { chinaDay, formatChinaDate } from '../../lib/chinaDate.js'
import { ADMIN_TEXTS } from './texts.js'
import { useLabel } from './useLabel.js'

/** 应公开日期 with its lateness: a draft past the date is late, a record published after it was published late. */
export const PublishByCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const text = useLabel()
  const day = typeof cellData === 'string' ? formatChinaDate(cellData) : ''
  const published = rowData?._status === 'published'
  const late = published ? rowData?.publishedLate === true : Boolean(day) && day < chinaDay(new Date())
  return (
    <span data-late={late ? 'true' : undefined}>
      {day}
      {late ? <strong> {text(published ? ADMIN_TEXTS.publishedLate : ADMIN_TEXTS.late)}</strong> : null}
    </span>
  )
}
