/**
 * Next.js runs register() once when a server starts, before it serves. The Node.js part is imported only
 * in the Node.js runtime (the edge bundle must not pull in Payload), and not while `next build` renders.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { checkDatabaseAtBoot } = await import('./src/config/instrumentationNode.js')
  await checkDatabaseAtBoot()
}
