/**
 * Next.js runs register() once when a server starts, before it serves (the file sits in src/, beside app/,
 * or Next does not find it), and skips it while `next build` runs. It connects Payload (which keeps the
 * instance for the requests that follow) and refuses a database the migration chain does not describe.
 * With no edge routes or middleware in the app, Next compiles this for the Node.js runtime only; one added
 * would need a NEXT_RUNTIME guard here.
 */
export async function register(): Promise<void> {
  const [{ getPayload }, { default: config }, { readSettings }, { refuseUnmigratedStart }] = await Promise.all([
    import('payload'),
    import('../payload.config.js'),
    import('./config/env.js'),
    import('./config/startupCheck.js'),
  ])
  await refuseUnmigratedStart(await getPayload({ config }), readSettings())
}
