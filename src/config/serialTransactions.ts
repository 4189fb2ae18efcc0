import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

/** How long a save waits for the SQLite write lock before it gives up (the role of SQLite's busy timeout). */
const WAIT_MS = 30_000

/**
 * SQLite has one writer at a time, and the libSQL client opens each transaction's connection without a
 * busy timeout, so two concurrent saves fail with SQLITE_BUSY instead of queuing. This queues
 * transactions in the process, which is what SQLite would do anyway; PostgreSQL and MongoDB are untouched.
 */
export const serializeTransactions = (result: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...result,
  init: (args: { payload: Payload }) => {
    const adapter = result.init(args) as BaseDatabaseAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const waiting: (() => void)[] = []
    let holder: string | number | null = null

    /** Takes the lock at once when free, else queues; the holder is set synchronously so no two callers win. */
    const acquire = () =>
      new Promise<void>((resolve, reject) => {
        if (holder === null) {
          holder = 'starting'
          return resolve()
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1)
          reject(new Error(`SQLite write lock not free after ${WAIT_MS} ms`))
        }, WAIT_MS)
        const grant = () => {
          clearTimeout(timer)
          holder = 'starting'
          resolve()
        }
        waiting.push(grant)
      })

    const release = (id: string | number) => {
      if (holder !== id) return
      holder = null
      waiting.shift()?.()
    }

    adapter.beginTransaction = async (options) => {
      await acquire()
      try {
        const id = await begin(options)
        if (id === null) release('starting')
        else holder = id
        return id
      } catch (err) {
        release('starting')
        throw err
      }
    }
    adapter.commitTransaction = async (id) => {
      try {
        await commit(id)
      } finally {
        release(await id)
      }
    }
    adapter.rollbackTransaction = async (id) => {
      try {
        await rollback(id)
      } finally {
        release(await id)
      }
    }
    return adapter
  },
})
