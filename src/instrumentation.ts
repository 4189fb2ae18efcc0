/**
 * Next.js runs register() once when a server starts, before it serves (the file sits in src/, beside app/,
 * or Next does not find it), and skips it while `next build` runs. It connects Payload (which keeps the
 * instance for the requests that follow) and refuses a database the migration chain does not describe.
 * `next dev` also compiles this file for the edge runtime, where Payload's Node modules do not resolve: the
 * imports sit inside the runtime check, which webpack drops from the edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const [{ getPayload }, { default: config }, { readSettings }, { refuseUnmigratedStart }] = await Promise.all([
      import('payload'),
      import('../payload.config.js'),
      import('./config/env.js'),
      import('./config/startupCheck.js'),
    ])
    await refuseUnmigratedStart(await getPayload({ config }), readSettings())
  }
}
