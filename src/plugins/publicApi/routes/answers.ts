import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { PublicCache } from '../cache.js'
import { baseEtag, compressedBodies, encodedEtag, isCompressible, negotiateEncoding } from '../compress.js'
import type { Computed, PlainRequest, PlainResponse, Representation } from './types.js'

export const JSON_TYPE = 'application/json; charset=utf-8'

export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

/** `*` matches any current representation; a tag of any encoding of the same bytes matches too (weak comparison). */
const notModified = (plain: PlainRequest, etag: string) => {
  const ifNoneMatch = plain.header('if-none-match')?.trim()
  return !!ifNoneMatch && (ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => baseEtag(tag) === etag))
}

/**
 * Bodies with validators: the response cache in front of the routes' computations, and the answer of a body
 * with its ETag, compressed when it is worth it and the client accepts it (the compressed bytes kept by ETag,
 * so a hit is not compressed again); a matching `If-None-Match` gets a 304.
 */
export const representations = (payload: Payload, cache: PublicCache, cacheControl: string) => {
  const compressed = compressedBodies()

  /** A cacheable body: from the cache when the generation still holds, else computed and stored. */
  const cachedBody = async (key: string, compute: () => Promise<Computed>): Promise<Representation & { body: string }> => {
    let generation: string | null = null
    let hit
    try {
      ;({ generation, hit } = await cache.read(key))
    } catch (err) {
      payload.logger.warn({ err, msg: 'public cache unavailable; answering from the database' })
    }
    if (hit) return { ...hit, state: 'HIT' }
    const computed = await compute()
    const contentType = computed.contentType ?? JSON_TYPE
    const etag = etagOf(computed.body)
    const state = cache.kind === 'off' || generation === null ? 'BYPASS' : 'MISS'
    if (computed.cacheable && generation !== null && cache.kind !== 'off') {
      cache
        .write(generation, key, { etag, contentType, body: computed.body })
        .catch((err) => payload.logger.warn({ err, msg: 'public cache write failed' }))
    }
    return { body: computed.body, etag, contentType, state }
  }

  /** A computed body that no cache keeps (a route not declared cached). */
  const freshBody = async (compute: () => Promise<Computed>): Promise<Representation> => {
    const computed = await compute()
    return { body: computed.body, etag: etagOf(computed.body), contentType: computed.contentType ?? JSON_TYPE, state: 'BYPASS' }
  }

  const withBody = async (
    plain: PlainRequest,
    base: Record<string, string>,
    etag: string,
    body: string | Uint8Array,
  ): Promise<PlainResponse> => {
    const varies = isCompressible(base['Content-Type'], body)
    const encoding = varies ? negotiateEncoding(plain.header('accept-encoding')) : null
    const headers = {
      ...base,
      ETag: encodedEtag(etag, encoding),
      ...(varies ? { Vary: [base.Vary, 'Accept-Encoding'].filter(Boolean).join(', ') } : {}),
    }
    if (notModified(plain, etag)) return { status: 304, headers, body: null }
    if (!encoding) return { status: 200, headers, body }
    return {
      status: 200,
      headers: { ...headers, 'Content-Encoding': encoding },
      body: new Uint8Array(await compressed.get(etag, encoding, body)),
    }
  }

  /** A representation as a response; a lazy body is not built for a 304. */
  const answer = async (
    plain: PlainRequest,
    cors: Record<string, string>,
    { body, etag, contentType, state }: Representation,
  ): Promise<PlainResponse> => {
    const headers = { ...cors, 'Content-Type': contentType, 'Cache-Control': cacheControl, 'X-Cache': state }
    if (typeof body !== 'function') return withBody(plain, headers, etag, body)
    if (notModified(plain, etag)) return withBody(plain, headers, etag, '')
    return withBody(plain, headers, etag, await body())
  }

  return { cachedBody, freshBody, answer }
}
