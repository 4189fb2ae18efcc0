import sharp from 'sharp'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const pngFile = async (name: string, width = 1200, height = 800): Promise<UploadFile> => {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const pdfFile = (name: string): UploadFile => {
  const body = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
  const xref = `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n`
  const data = Buffer.from(`${body}${xref}trailer<</Size 3/Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`)
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
