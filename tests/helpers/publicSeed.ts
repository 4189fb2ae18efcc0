import type { Payload } from 'payload'

import { pdfFile, pngFile } from './files.js'
import type { Fixture } from './fixture.js'
import { as, publishedInterpretation, publishedRecord, recordData, richText } from './fixture.js'

export type PublicSeed = {
  /** Real ids for each kind of parameter. */
  catalogueRoot: number | string
  catalogueChild: number | string
  department: number | string
  record: number | string
  repealed: number | string
  interpretation: number | string
  draft: number | string
  /** The URL of a public file. */
  fileUrl: string
}

/**
 * Something of every public kind, for crawls of the whole API: records with cover, attachment, catalogue
 * child, replacement and interpretation; a draft; a department with its guide; an empty-titled nothing.
 */
export const seedPublicData = async (payload: Payload, fx: Fixture): Promise<PublicSeed> => {
  await payload.update({
    collection: 'departments',
    id: fx.deptA.id,
    data: {
      shortName: '財政局',
      parent: fx.deptB.id,
      guide: {
        office: '市財政局辦公室',
        address: '青島市市南區',
        hours: '9:00-17:00',
        phone: '0532-0000000',
        email: 'czj@qingdao.gov.cn',
        website: 'https://czj.qingdao.gov.cn',
      },
    } as any,
  })
  const child = await payload.create({
    collection: 'catalogue-entries',
    data: {
      title: '部門預算',
      code: '04-01',
      parent: fx.catalogue.id,
      department: fx.deptA.id,
      leadDepartments: [fx.deptA.id],
      timeLimit: '形成之日起20個工作日內',
      description: '各部門預算',
    } as any,
  })
  const cover = await payload.create({
    collection: 'media',
    data: { alt: '封面' } as any,
    file: await pngFile('seed-cover.png', 1000, 500),
    user: fx.editorA.user,
    overrideAccess: false,
  })
  const attachment = await payload.create({
    collection: 'media',
    data: { caption: '附件' } as any,
    file: pdfFile('seed-budget.pdf'),
    user: fx.editorA.user,
    overrideAccess: false,
  })
  const newer = await publishedRecord(payload, fx, {
    title: '青島市財政資金管理辦法（2014年修訂）',
    shortTitle: '財政資金管理辦法',
    writtenAt: '2014-03-02T02:00:00.000Z',
    documentKind: 'regulation',
    keywords: ['財政', '資金'],
    summary: '修訂後的辦法。',
    coIssuers: [fx.deptB.id],
  })
  const repealed = await publishedRecord(payload, fx, {
    title: '青島市財政資金管理辦法',
    catalogue: [child.id],
    writtenAt: '2013-05-10T02:00:00.000Z',
    validity: {
      status: 'repealed',
      effectiveFrom: '2013-06-01T00:00:00.000Z',
      effectiveUntil: '2014-03-01T00:00:00.000Z',
      replacedBy: newer.id,
    },
    cover: cover.id,
    attachments: [attachment.id],
  })
  const interpretation = await publishedInterpretation(payload, fx, [repealed.id], {
    title: '《青島市財政資金管理辦法》解讀',
    interpreter: '市財政局',
    form: 'qa',
    cover: cover.id,
  })
  const draft = await as(payload, fx.editorA).create('disclosures', recordData(fx, { title: '未發布的草稿', body: richText('草稿') }))
  const file = await payload.findByID({ collection: 'media', id: attachment.id, depth: 0 })
  return {
    catalogueRoot: fx.catalogue.id,
    catalogueChild: child.id,
    department: fx.deptA.id,
    record: newer.id,
    repealed: repealed.id,
    interpretation: interpretation.id,
    draft: draft.id,
    fileUrl: String((file as any).url),
  }
}
