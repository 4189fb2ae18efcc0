'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/** A collection named by its label in the admin's language (the audit log stores slugs). */
export const CollectionLabelCell = ({ cellData }: DefaultCellComponentProps) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const collection = config.collections.find((candidate) => candidate.slug === cellData)
  return <span>{collection ? getTranslation(collection.labels.singular, i18n) : String(cellData ?? '')}</span>
}
