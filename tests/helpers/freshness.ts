import { expect } from '@jest/globals'
import type { Payload } from 'payload'

import { type Fixture, as, recordData } from './fixture.js'
import type { Mount, MountResponse } from './publicMounts.js'

/**
 * Shows that the very next request after a publish, unpublish, edit or delete reflects it on every
 * mount given, while unchanged reads come from the cache (`X-Cache: HIT`) and revalidate with 304.
 * Writes go through this process's Payload; the mounts may be other processes sharing its cache.
 */
export const checkFreshness = async (payload: Payload, fx: Fixture, mounts: Mount[], options: { cached: boolean }) => {
  const editor = as(payload, fx.editorA)
  const reviewer = as(payload, fx.reviewerA)
  const draft = await editor.create('disclosures', recordData(fx, { title: '緩存測試：原標題' }))
  await reviewer.pass('disclosures', draft.id)
  const id = draft.id
  const listPath = `/api/public/disclosures?catalogue=${fx.catalogue.id}&limit=20`
  const paths = [
    listPath,
    `/api/public/disclosures/${id}`,
    '/api/public/disclosures/count',
    '/api/public/catalogue-entries?parent=none&sort=code',
  ]
  const graphqlPath = `/api/public/graphql?query=${encodeURIComponent('{ Disclosures(limit: 20) { docs { id title } } }')}`

  const all = async (path: string) =>
    Promise.all(mounts.map(async (mount) => [mount.name, await mount.fetch(path)] as [string, MountResponse]))

  /** Reads every path on every mount twice: the second read must be served from the cache. */
  const warm = async () => {
    for (const path of [...paths, graphqlPath]) {
      await all(path)
      for (const [name, response] of await all(path)) {
        if (response.status !== 200) continue
        expect([name, path, response.headers.get('x-cache')]).toEqual([name, path, options.cached ? 'HIT' : 'BYPASS'])
      }
    }
  }

  const titlesOn = async (path: string) =>
    (await all(path)).map(([name, response]) => [
      name,
      (response.body.docs ?? response.body.data?.Disclosures?.docs ?? []).map((doc: any) => doc.title),
    ])
  const expectEverywhere = async (path: string, expected: unknown, pick: (response: MountResponse) => unknown) => {
    for (const [name, response] of await all(path)) expect([name, pick(response)]).toEqual([name, expected])
  }
  const expectTitles = async (expected: string[]) => {
    for (const path of [listPath, graphqlPath]) {
      for (const [name, titles] of await titlesOn(path)) expect([name, path, titles]).toEqual([name, path, expected])
    }
  }

  // Not public yet: warm every cache with the answer that is about to become wrong.
  await warm()
  await expectTitles([])
  await expectEverywhere(`/api/public/disclosures/${id}`, 404, (response) => response.status)
  const before = (await mounts[0].fetch(listPath)).headers.get('etag') as string
  for (const mount of mounts)
    expect([mount.name, (await mount.fetch(listPath, { headers: { 'If-None-Match': before } })).status]).toEqual([mount.name, 304])

  // Publish.
  await editor.publish('disclosures', id)
  await expectTitles(['緩存測試：原標題'])
  await expectEverywhere(`/api/public/disclosures/${id}`, '緩存測試：原標題', (response) => response.body.title)
  await expectEverywhere('/api/public/disclosures/count', 1, (response) => response.body.totalDocs)
  for (const mount of mounts)
    expect([mount.name, (await mount.fetch(listPath, { headers: { 'If-None-Match': before } })).status]).toEqual([mount.name, 200])

  // Edit: a new draft, reviewed and published again; and a workflow field changed in place.
  await warm()
  await editor.update('disclosures', id, { title: '緩存測試：新標題' }, true)
  await expectTitles(['緩存測試：原標題'])
  await reviewer.pass('disclosures', id)
  await editor.publish('disclosures', id)
  await expectTitles(['緩存測試：新標題'])
  await expectEverywhere(`/api/public/disclosures/${id}`, '緩存測試：新標題', (response) => response.body.title)
  await warm()
  await payload.update({
    collection: 'disclosures',
    id,
    data: { validity: { status: 'expired' } } as any,
    user: fx.office.user,
    overrideAccess: false,
  })
  await expectEverywhere(`/api/public/disclosures/${id}`, 'expired', (response) => response.body.validity?.status)

  // Unpublish.
  await warm()
  await editor.update('disclosures', id, { _status: 'draft' })
  await expectTitles([])
  await expectEverywhere(`/api/public/disclosures/${id}`, 404, (response) => response.status)
  await expectEverywhere('/api/public/disclosures/count', 0, (response) => response.body.totalDocs)

  // Delete (of what the public sees: a catalogue entry; a once-published record cannot be deleted).
  const entry = await payload.create({
    collection: 'catalogue-entries',
    data: { title: '臨時目錄', code: '99' } as any,
    user: fx.admin.user,
    overrideAccess: false,
  })
  const codesOn = (response: MountResponse) => response.body.docs.map((doc: any) => doc.code)
  await expectEverywhere('/api/public/catalogue-entries?parent=none&sort=code', ['04', '99'], codesOn)
  await warm()
  await payload.delete({ collection: 'catalogue-entries', id: entry.id, user: fx.admin.user, overrideAccess: false })
  await expectEverywhere('/api/public/catalogue-entries?parent=none&sort=code', ['04'], codesOn)
}
