import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/** Mail through `SMTP_URL` (e.g. smtp://user:pass@host:587); without it Payload logs mail to the console. */
export const emailAdapter = (smtpUrl: string | undefined, from = process.env.MAIL_FROM ?? 'noreply@gongkai.localhost') =>
  smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: from,
        defaultFromName: process.env.MAIL_FROM_NAME ?? '政府信息公開平臺',
        transportOptions: smtpUrl,
      })
    : undefined satisfies Promise<EmailAdapter> | undefined
