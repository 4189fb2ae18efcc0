import type { SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'

import type { ApiResponse } from './api.js'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const pngFile = async (name: string, width = 1200, height = 800): Promise<UploadFile> => {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const pdfFile = (name: string): UploadFile => {
  const body = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
  const xref = `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n`
  const data = Buffer.from(`${body}${xref}trailer<</Size 3/Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`)
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/**
 * A multipart upload through Payload's REST handler, as the admin and API clients send it: the file
 * in `file`, the other fields as JSON in `_payload`.
 */
export const restUpload = async (
  config: SanitizedConfig,
  method: 'POST' | 'PATCH',
  path: string,
  options: { token?: string; file?: UploadFile; data?: Record<string, unknown> } = {},
): Promise<ApiResponse & { ms: number }> => {
  const form = new FormData()
  if (options.file) form.append('file', new Blob([new Uint8Array(options.file.data)], { type: options.file.mimetype }), options.file.name)
  form.append('_payload', JSON.stringify(options.data ?? {}))
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: options.token ? { Authorization: `JWT ${options.token}` } : {},
    body: form,
  })
  const started = performance.now()
  const response = await handleEndpoints({ config, request })
  const ms = performance.now() - started
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers, ms }
}
