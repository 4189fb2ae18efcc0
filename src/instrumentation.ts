/**
 * Next.js runs register() once when a server starts, before it serves (the file sits in src/, beside app/,
 * or Next does not find it), and skips it while `next build` runs. With no edge routes or middleware in the
 * app, Next compiles it for the Node.js runtime only; one added would need a NEXT_RUNTIME guard here.
 */
export async function register(): Promise<void> {
  const { checkDatabaseAtBoot } = await import('./config/instrumentationNode.js')
  await checkDatabaseAtBoot()
}
