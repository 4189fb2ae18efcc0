import type { CollectionConfig, Field } from 'payload'

const DAY = 'yyyy-MM-dd'
export const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm'
const DATE_CELL = 'gongkai/client#ChinaDateCell'
const PUBLISH_BY_CELL = 'gongkai/client#PublishByCell'

type DateField = Extract<Field, { type: 'date' }>

const withChinaDate = (field: DateField): DateField => {
  const date = field.admin?.date ?? {}
  const dayOnly = date.pickerAppearance === 'dayOnly' || date.displayFormat === DAY
  const Cell = field.name === 'publishBy' ? PUBLISH_BY_CELL : DATE_CELL
  return {
    ...field,
    admin: {
      ...field.admin,
      date: { ...date, displayFormat: date.displayFormat ?? (dayOnly ? DAY : DATE_TIME_FORMAT) } as NonNullable<DateField['admin']>['date'],
      components: { Cell, ...field.admin?.components },
    },
  }
}

const mapFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') return withChinaDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields) })) }
    if ('fields' in field) return { ...field, fields: mapFields(field.fields) } as Field
    return field
  })

/**
 * One date format in the admin: every date field shows `yyyy-MM-dd` (days) or `yyyy-MM-dd HH:mm`, and
 * list cells show it in China time whatever the server's or browser's zone. A field's own settings win.
 */
export const withChinaDates = (collection: CollectionConfig): CollectionConfig => ({ ...collection, fields: mapFields(collection.fields) })
