import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { Settings } from './env.js'

/** Mail through `SMTP_URL` (e.g. smtp://user:pass@host:587); without it Payload writes mail to the log. */
export const emailAdapter = ({ smtpUrl, from, fromName }: Settings['mail']) =>
  smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: from,
        defaultFromName: fromName,
        transport: nodemailer.createTransport(smtpUrl),
        skipVerify: true,
      })
    : undefined
