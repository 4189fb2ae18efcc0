import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/** Mail through `SMTP_URL` (e.g. smtp://user:pass@host:587); without it Payload writes mail to the log. */
export const emailAdapter = (smtpUrl: string | undefined, from = process.env.MAIL_FROM ?? 'noreply@gongkai.localhost') =>
  smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: from,
        defaultFromName: process.env.MAIL_FROM_NAME ?? '政府信息公開平臺',
        transport: nodemailer.createTransport(smtpUrl),
        skipVerify: true,
      })
    : undefined
