import type { Payload, PayloadRequest } from 'payload'

type Callbacks = Map<string, (() => Promise<void> | void)[]>

const PENDING = Symbol.for('gongkai.afterCommit')

type Adapter = Payload['db'] & { [PENDING]?: Callbacks }

const run = async (callbacks: (() => Promise<void> | void)[] | undefined, payload: Payload) => {
  for (const callback of callbacks ?? []) {
    try {
      await callback()
    } catch (err) {
      payload.logger.error({ err, msg: 'after-commit callback failed' })
    }
  }
}

/**
 * Lets hooks act once their transaction has committed: what they announce (a cache invalidation) must
 * not run before the data it announces can be read, nor at all when the transaction rolls back.
 */
export const trackCommits = (payload: Payload) => {
  const adapter = payload.db as Adapter
  if (adapter[PENDING]) return
  const pending: Callbacks = new Map()
  adapter[PENDING] = pending
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (id) => {
    const key = String(await id)
    await commit(id)
    const callbacks = pending.get(key)
    pending.delete(key)
    await run(callbacks, payload)
  }
  adapter.rollbackTransaction = async (id) => {
    pending.delete(String(await id))
    await rollback(id)
  }
}

/**
 * Runs `callback` after the request's transaction commits, or now when the request has none. The same
 * callback registered twice in one transaction (a publish that also publishes its interpretations) runs once.
 */
export const afterCommit = async (req: PayloadRequest, callback: () => Promise<void> | void) => {
  const pending = (req.payload.db as Adapter)[PENDING]
  const id = await req.transactionID
  if (!pending || id === undefined || id === null) return run([callback], req.payload)
  const key = String(id)
  const callbacks = pending.get(key) ?? []
  if (!callbacks.includes(callback)) pending.set(key, [...callbacks, callback])
}
