import { describe, expect, it } from '@jest/globals'
import { Converter as SimplifiedConverter } from 'opencc-js/t2cn'
import { Converter as TraditionalConverter } from 'opencc-js/cn2t'
import type { CollectionConfig, Field, SanitizedConfig } from 'payload'

import { ADMIN_TEXTS } from '../../src/components/admin/texts.js'
import { PLATFORM_NAME } from '../../src/core/platform.js'
import { PLATFORM_TRANSLATIONS } from '../../src/plugins/admin/translations.js'

const toSimplified = SimplifiedConverter({ from: 'tw', to: 'cn' })
const toTraditional = TraditionalConverter({ from: 'cn', to: 'tw' })

/** Codes that stay Latin in Chinese text; nothing else of ours may contain a Latin letter. */
const LATIN_ALLOWED = ['ID', 'PDF']

/** Taiwan usage that OpenCC's character conversion keeps; the Simplified admin says 哈希, 信息, 软件, 网络, 账号, 登录. */
const TAIWAN_TERMS = ['杂凑', '资讯', '软体', '网路', '帐号', '登入']

/** Fields Payload adds and translates itself (their labels are Payload's own functions or none). */
const PAYLOAD_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'email',
  'password',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'url',
  'thumbnailURL',
  'focalX',
  'focalY',
  'sizes',
])

type Text = { where: string; value: unknown }

const appConfig = async (): Promise<SanitizedConfig> => {
  process.env.DATABASE_URI ??= 'file:./labels-never-opened.db'
  process.env.GONGKAI_JOBS_AUTORUN = '0'
  return (await import('../../payload.config.js')).default
}

/** Every text of ours a collection shows: labels, group, descriptions, placeholders, options, array labels. */
const textsOf = (collection: CollectionConfig): Text[] => {
  const texts: Text[] = [
    { where: `${collection.slug} singular`, value: collection.labels?.singular },
    { where: `${collection.slug} plural`, value: collection.labels?.plural },
    { where: `${collection.slug} group`, value: collection.admin?.group },
  ]
  if (collection.admin?.description) texts.push({ where: `${collection.slug} description`, value: collection.admin.description })
  const walk = (fields: Field[], path: string) => {
    for (const field of fields) {
      const name = 'name' in field ? field.name : ''
      const at = `${collection.slug}.${path}${name || field.type}`
      const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean; description?: unknown; placeholder?: unknown }
      if (admin.hidden || admin.disabled || ('hidden' in field && field.hidden)) continue
      const payloadOwn = PAYLOAD_FIELDS.has(name) && (!('label' in field) || typeof field.label !== 'object')
      if (name && !payloadOwn) texts.push({ where: `${at} label`, value: 'label' in field ? field.label : undefined })
      if (admin.description) texts.push({ where: `${at} description`, value: admin.description })
      if (admin.placeholder) texts.push({ where: `${at} placeholder`, value: admin.placeholder })
      if ('labels' in field && field.labels) {
        texts.push({ where: `${at} singular`, value: field.labels.singular }, { where: `${at} plural`, value: field.labels.plural })
      }
      if ((field.type === 'select' || field.type === 'radio') && !payloadOwn) {
        for (const option of field.options) texts.push({ where: `${at} option`, value: typeof option === 'string' ? option : option.label })
      }
      if ('fields' in field) walk(field.fields, name ? `${path}${name}.` : path)
      if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, path)
    }
  }
  walk(collection.fields, '')
  return texts
}

const problemsOf = ({ where, value }: Text): string[] => {
  if (!value || typeof value !== 'object') return [`${where}: not a Label in zh and zh-TW (${String(value)})`]
  const label = value as Record<string, unknown>
  const problems: string[] = []
  for (const language of ['zh', 'zh-TW']) {
    const text = label[language]
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}: no ${language}`)
      continue
    }
    const latin = LATIN_ALLOWED.reduce((rest, code) => rest.replaceAll(code, ''), text)
    if (/[A-Za-z]/.test(latin)) problems.push(`${where}: Latin letters in ${language}: ${text}`)
  }
  const other = (text: unknown, convert: (text: string) => string) =>
    typeof text === 'string' ? [...text].filter((character) => convert(character) !== character).join('') : ''
  const traditional = other(label.zh, toSimplified)
  const simplified = other(label['zh-TW'], toTraditional)
  const taiwan = TAIWAN_TERMS.filter((term) => typeof label.zh === 'string' && label.zh.includes(term))
  if (taiwan.length > 0) problems.push(`${where}: Taiwan usage ${taiwan.join('、')} in zh: ${String(label.zh)}`)
  if (traditional) problems.push(`${where}: Traditional ${traditional} in zh: ${String(label.zh)}`)
  if (simplified) problems.push(`${where}: Simplified ${simplified} in zh-TW: ${String(label['zh-TW'])}`)
  return problems
}

/** Strings of ours outside the collections: the platform's name, the components' words, our overrides of Payload's. */
const adminTexts = (): Text[] => {
  const translations = PLATFORM_TRANSLATIONS as Record<string, Record<string, Record<string, string>>>
  const overridden = Object.entries(translations.zh).flatMap(([group, strings]) =>
    Object.keys(strings).map((key) => ({
      where: `translation ${group}:${key}`,
      value: { zh: strings[key], 'zh-TW': translations['zh-TW']?.[group]?.[key] },
    })),
  )
  return [
    { where: 'platform name', value: PLATFORM_NAME },
    ...Object.entries(ADMIN_TEXTS).map(([key, value]) => ({ where: `component text ${key}`, value })),
    ...overridden,
  ]
}

describe('the label walk', () => {
  it('finds every label, description, placeholder and option of our collections in zh and zh-TW, without Latin letters or the other script', async () => {
    const config = await appConfig()
    const ours = config.collections.filter((collection) => !collection.slug.startsWith('payload-') && collection.admin?.hidden !== true)
    expect(ours.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining(['disclosures', 'interpretations', 'users', 'audit-log']),
    )
    const problems = ours.flatMap(textsOf).flatMap(problemsOf)
    expect(problems).toEqual([])
  })

  it('finds the platform name, the components’ words and our overrides of Payload’s strings in both scripts', () => {
    const texts = adminTexts()
    expect(texts.map((text) => text.where)).toContain('translation general:payloadSettings')
    expect(texts.flatMap(problemsOf)).toEqual([])
  })
})
