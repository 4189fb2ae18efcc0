/**
 * Next.js runs register() once when a server starts, before it serves (the file sits in src/, beside app/,
 * or Next does not find it). The Node.js part is imported only in the Node.js runtime (the edge bundle must
 * not pull in Payload), and not while `next build` renders.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { checkDatabaseAtBoot } = await import('./config/instrumentationNode.js')
  await checkDatabaseAtBoot()
}
