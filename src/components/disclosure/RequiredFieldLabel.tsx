'use client'

import { FieldLabel } from '@payloadcms/ui'
import type { FieldLabelClientComponent } from 'payload'

/**
 * The field's own label with the required mark, for fields the rule hooks require (attribute, reason,
 * grounds): a schema `required` would skip drafts and answer before the rule could name itself.
 */
export const RequiredFieldLabel: FieldLabelClientComponent = ({ field, path }) => (
  <FieldLabel label={field && 'label' in field ? field.label : undefined} path={path} required />
)
