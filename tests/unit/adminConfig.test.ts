import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import type { Field, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** The component paths the generated import map resolves (`npm run payload -- generate:importmap`). */
const importMap = new Set(
  [...readFileSync(new URL('../../src/app/(payload)/admin/importMap.js', import.meta.url), 'utf8').matchAll(/^\s+"([^"]+)":/gm)].map(
    (match) => match[1],
  ),
)

const appConfig = async (): Promise<SanitizedConfig> => {
  process.env.DATABASE_URI ??= 'file:./admin-config-never-opened.db'
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  return (await import('../../payload.config.js')).default
}

const SUITE = ['disclosures', 'interpretations', 'catalogue-entries', 'departments', 'users', 'media', 'audit-log']

/** Every data field by its path (`secrecyReview.status`), as list columns and sorts name them. */
const fieldsByPath = (fields: Field[], prefix = ''): Map<string, Field> => {
  const paths = new Map<string, Field>()
  for (const field of fields) {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (path) paths.set(path, field)
    if (field.type === 'tabs') for (const tab of field.tabs) for (const entry of fieldsByPath(tab.fields, prefix)) paths.set(...entry)
    else if ('fields' in field && field.type !== 'array') {
      for (const entry of fieldsByPath(field.fields, path ? `${path}.` : prefix)) paths.set(...entry)
    }
  }
  return paths
}

const suite = (config: SanitizedConfig): SanitizedCollectionConfig[] =>
  SUITE.map((slug) => config.collections.find((collection) => collection.slug === slug) as SanitizedCollectionConfig)

describe('the admin configuration', () => {
  it('names only existing fields in the default columns and sorts of every suite collection', async () => {
    for (const collection of suite(await appConfig())) {
      const paths = fieldsByPath(collection.fields)
      const sorts = String(collection.defaultSort ?? '')
        .split(',')
        .filter(Boolean)
      const missing = [...(collection.admin.defaultColumns ?? []), ...sorts.map((sort) => sort.replace(/^-/, ''))].filter(
        (path) => !paths.has(path),
      )
      expect({ slug: collection.slug, missing }).toEqual({ slug: collection.slug, missing: [] })
    }
  })

  it('lists the work first: review state, attribute and deadline columns, drafts before published records', async () => {
    const [disclosures] = suite(await appConfig())
    expect(disclosures.admin.defaultColumns).toEqual(
      expect.arrayContaining(['disclosure.attribute', 'secrecyReview.status', 'publishBy', '_status']),
    )
    expect(disclosures.defaultSort).toBe('_status')
  })

  it('shows every date of the suite in one format, in China time in lists, with components the import map has', async () => {
    const config = await appConfig()
    expect(config.admin.dateFormat).toBe('yyyy-MM-dd HH:mm')
    for (const collection of suite(config)) {
      for (const [path, field] of fieldsByPath(collection.fields)) {
        // Payload's own timestamps and hidden auth fields keep Payload's cells (admin.dateFormat).
        if (field.type !== 'date' || field.hidden || field.admin?.hidden || ['createdAt', 'updatedAt'].includes(path)) continue
        expect({ path, format: field.admin?.date?.displayFormat }).toEqual({ path, format: expect.stringMatching(/^yyyy-MM-dd( HH:mm)?$/) })
        const cell = field.admin?.components?.Cell as string
        expect({ path, cell, mapped: importMap.has(cell) }).toEqual({ path, cell, mapped: true })
      }
    }
    const disclosures = suite(config)[0]
    expect(fieldsByPath(disclosures.fields).get('writtenAt')?.admin).toMatchObject({ date: { displayFormat: 'yyyy-MM-dd' } })
  })

  it('brands the admin as the platform, with local avatars and no Payload name', async () => {
    const config = await appConfig()
    expect(config.admin.avatar).toBe('default')
    const graphics = config.admin.components?.graphics ?? {}
    for (const component of [graphics.Logo, graphics.Icon]) expect(importMap.has(component as string)).toBe(true)
    expect(config.admin.meta?.titleSuffix).toBe(' · 政府信息公开平台')
    expect(JSON.stringify(config.admin.meta)).not.toMatch(/https?:|payload/i)
    expect(config.i18n.translations).toMatchObject({
      zh: { general: { payloadSettings: '平台设置' } },
      'zh-TW': { general: { payloadSettings: '平臺設定' } },
    })
  })

  it('orders the dashboard groups with 信息公开 first and 系统 last', async () => {
    const groups = (await appConfig()).collections
      .filter((collection) => collection.admin.hidden !== true && collection.admin.group)
      .map((collection) => (collection.admin.group as { zh?: string }).zh ?? collection.admin.group)
    const order = groups.filter((group, at) => groups.indexOf(group) === at)
    expect(order[0]).toBe('信息公开')
    expect(order.at(-1)).toBe('系统')
  })

  it('offers force-unlock to administrators only', async () => {
    const config = await appConfig()
    for (const collection of suite(config)) {
      const unlock = collection.access.unlock
      const as = (roles: string[]) => unlock({ req: { user: { id: 1, roles, departments: [1], active: true } } } as never)
      expect({ slug: collection.slug, editor: await as(['editor']), admin: Boolean(await as(['admin'])) }).toEqual({
        slug: collection.slug,
        editor: false,
        admin: true,
      })
    }
  })
})
