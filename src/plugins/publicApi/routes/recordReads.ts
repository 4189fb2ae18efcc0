import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

import { PUBLIC_COLLECTIONS, selectableFields, SHAPES } from '../contract.js'
import { badParam, notFound } from '../errors.js'
import { projectDocs } from '../project.js'
import type { IdKind } from '../query.js'
import { parseDetailQuery, parseId, parseListQuery } from '../query.js'

/** The fields of a collection's contract that are joins (a record's interpretations). */
const joinFields = (slug: string) =>
  Object.entries(SHAPES[slug])
    .filter(([, spec]) => typeof spec === 'object' && 'join' in spec)
    .map(([field]) => field)

/**
 * Only the joins the contract lists are worth computing, the newest 50 of each. Payload types `joins` per
 * literal slug, so for a slug known only at run time its type is `never`: hence the casts where it is passed.
 */
const contractJoins = (slug: string) => {
  const fields = joinFields(slug)
  return (fields.length ? Object.fromEntries(fields.map((field) => [field, { limit: 50, sort: '-publishedAt' }])) : false) as never
}

/** No join at all (lists leave them out unless one is selected). */
const NO_JOINS = false as never

const selectOf = (fields: string[]): SelectType => Object.fromEntries(fields.map((field) => [field, true]))

/** `equals` for a leaf: on 100,000 records the SQL adapters plan `in` over a hasMany relationship up to 10× slower. */
const catalogueFilter = (ids: (string | number)[]): Where =>
  ids.length === 1 ? { catalogue: { equals: ids[0] } } : { catalogue: { in: ids } }

/**
 * The reads of the public contract, as an anonymous caller (`overrideAccess: false`, no user): the REST
 * routes answer with them, GraphQL resolves through them, search and feeds scope by catalogue with them.
 */
export const recordReads = (payload: Payload, ids: IdKind) => {
  /** Descendants of a catalogue entry (itself included), from the breadcrumbs the nested-docs plugin keeps. */
  const catalogueWithDescendants = async (id: string): Promise<(string | number)[]> => {
    const found = await payload.find({
      collection: 'catalogue-entries',
      where: { or: [{ id: { equals: id } }, { 'breadcrumbs.doc': { equals: id } }] },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    if (!found.docs.length) throw badParam('catalogue', `no catalogue entry ${id} / 目錄條目不存在`)
    return [...new Set(found.docs.map((doc) => doc.id))]
  }

  const catalogueWhere = async (id: string): Promise<Where> => catalogueFilter(await catalogueWithDescendants(id))

  const list = async (slug: CollectionSlug, params: URLSearchParams, countOnly: boolean) => {
    const collection = PUBLIC_COLLECTIONS[slug]
    const selectable = selectableFields(slug)
    const query = parseListQuery(params, collection.params, selectable, ids)
    const where: Where[] = [...query.where]
    if (query.catalogue !== undefined) where.push(catalogueFilter(await catalogueWithDescendants(String(query.catalogue))))
    const combined: Where | undefined = where.length ? { and: where } : undefined
    if (countOnly) {
      const { totalDocs } = await payload.count({ collection: slug, where: combined, overrideAccess: false })
      return { totalDocs }
    }
    const fields = query.select ?? selectable.filter((field) => !collection.listOmits.includes(field))
    const result = await payload.find({
      collection: slug,
      where: combined,
      // Ties broken by id, so that pages neither repeat nor skip documents that sort alike.
      sort: [query.sort, query.sort.startsWith('-') ? '-id' : 'id'],
      page: query.page,
      limit: query.limit,
      depth: query.depth,
      select: selectOf(fields),
      ...(fields.some((field) => joinFields(slug).includes(field)) ? {} : { joins: NO_JOINS }),
      overrideAccess: false,
    })
    const { docs, totalDocs, limit, page, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage } = result
    return {
      docs: await projectDocs(payload, slug, docs, fields),
      totalDocs,
      limit,
      page,
      totalPages,
      hasNextPage,
      hasPrevPage,
      nextPage,
      prevPage,
    }
  }

  const detail = async (slug: CollectionSlug, id: string, params: URLSearchParams) => {
    const collection = PUBLIC_COLLECTIONS[slug]
    const selectable = selectableFields(slug)
    const query = parseDetailQuery(params, selectable, collection.detailDepth)
    const fields = query.select ?? selectable
    const doc = await payload.findByID({
      collection: slug,
      id: parseId(id, 'id', ids),
      depth: query.depth,
      select: selectOf(fields),
      joins: contractJoins(slug),
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) throw notFound(`no public ${slug} ${id} / 未找到`)
    const [projected] = await projectDocs(payload, slug, [doc], fields)
    return projected
  }

  return { list, detail, catalogueWithDescendants, catalogueWhere }
}

export type RecordReads = ReturnType<typeof recordReads>
