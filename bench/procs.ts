/**
 * Child processes for the bench: each server runs in its own process group (detached), its output in a
 * log file; stopping kills the whole group (npm → sh → tsx → node, next → its workers). Every group
 * still alive is killed when the bench exits, however it exits.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { DATA_DIR, ROOT } from './env.js'

/** Environment for a child; NODE_ENV included as a plain variable. */
export type Env = Record<string, string | undefined>

export const LOG_DIR = path.join(DATA_DIR, 'logs')

const live = new Set<ChildProcess>()

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

let hooked = false
/** Kills every live group on exit, Ctrl-C, SIGTERM and uncaught errors. */
export const installCleanup = () => {
  if (hooked) return
  hooked = true
  process.on('exit', () => {
    for (const child of live) killGroup(child, 'SIGKILL')
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping child processes`)
      for (const child of live) killGroup(child, 'SIGTERM')
      setTimeout(() => process.exit(130), 1500).unref()
    })
  }
  // `npm run bench` is npm → sh → tsx → node. Killing npm (not the whole group, as Ctrl-C does) stops sh
  // and leaves tsx and this process running; notice the reparenting and stop too.
  const parentOf = (pid: number): number | null => {
    try {
      return Number(
        fs
          .readFileSync(`/proc/${pid}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ')[1],
      )
    } catch {
      return null
    }
  }
  const grandparent = parentOf(process.ppid)
  if (grandparent !== null) {
    setInterval(() => {
      if (parentOf(process.ppid) !== grandparent || parentOf(process.pid) !== process.ppid) {
        console.error('\nbench: the process that started the bench is gone; stopping child processes')
        process.kill(process.pid, 'SIGTERM')
      }
    }, 1000).unref()
  }
  process.on('uncaughtException', (err) => {
    console.error('bench: uncaught', err)
    process.exit(1)
  })
  process.on('unhandledRejection', (err) => {
    console.error('bench: unhandled rejection', err)
    process.exit(1)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** True when something accepts connections on the port. */
export const portInUse = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.setTimeout(1000, () => {
      socket.destroy()
      resolve(false)
    })
  })

export type Server = { name: string; child: ChildProcess; port: number; base: string; log: string; exited: Promise<number | null> }

export const tail = (file: string, lines = 40) => {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** Runs a command to completion with its output in a log file (and optionally on the console). */
export const runToEnd = (
  name: string,
  command: string,
  args: string[],
  env: Env,
  echo = false,
): Promise<{ code: number | null; log: string }> => {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const log = path.join(LOG_DIR, `${name}.log`)
  const out = fs.openSync(log, 'w')
  const child = spawn(command, args, {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', echo ? 'pipe' : out, echo ? 'pipe' : out],
  })
  live.add(child)
  if (echo) {
    const write = (chunk: Buffer) => {
      fs.writeSync(out, chunk)
      process.stdout.write(chunk)
    }
    child.stdout?.on('data', write)
    child.stderr?.on('data', write)
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      live.delete(child)
      killGroup(child, 'SIGKILL')
      fs.closeSync(out)
      resolve({ code, log })
    })
  })
}

/**
 * Starts a server and waits until `readyPath` answers 200 (or the process dies, or the timeout passes).
 * Refuses a port something already listens on: the bench would measure that instead.
 */
export const startServer = async (opts: {
  name: string
  command: string
  args: string[]
  env: Env
  port: number
  readyPath: string
  /** Which answers on `readyPath` mean the server is up (default: 200). */
  ready?: (status: number) => boolean
  timeoutSeconds: number
}): Promise<Server> => {
  const { name, command, args, env, port, readyPath, timeoutSeconds } = opts
  const ready = opts.ready ?? ((status: number) => status === 200)
  if (await portInUse(port)) throw new Error(`${name}: port ${port} is already in use; stop what listens there or set BENCH_PORT`)
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const log = path.join(LOG_DIR, `${name}.log`)
  const out = fs.openSync(log, 'w')
  const child = spawn(command, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  live.add(child)
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      live.delete(child)
      resolve(code)
    })
    child.once('error', () => resolve(-1))
  })
  let gone: number | null | undefined
  void exited.then((code) => {
    gone = code
  })
  const base = `http://127.0.0.1:${port}`
  const server: Server = { name, child, port, base, log, exited }
  const started = Date.now()
  let last = ''
  while (Date.now() - started < timeoutSeconds * 1000) {
    if (gone !== undefined)
      throw new Error(`${name} exited with code ${gone} before it answered ${readyPath}; its log (${log}):\n${tail(log)}`)
    try {
      const res = await fetch(`${base}${readyPath}`, { signal: AbortSignal.timeout(5000) })
      await res.arrayBuffer()
      if (ready(res.status)) {
        console.log(`  ${name} up on :${port} after ${((Date.now() - started) / 1000).toFixed(1)}s (${readyPath}: HTTP ${res.status})`)
        return server
      }
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await sleep(300)
  }
  await stopServer(server)
  throw new Error(`${name} did not answer on ${readyPath} within ${timeoutSeconds}s (last: ${last}); its log (${log}):\n${tail(log)}`)
}

/** SIGTERM to the group, SIGKILL after 10 s; then waits for the port to close. */
export const stopServer = async (server: Server) => {
  killGroup(server.child, 'SIGTERM')
  const killed = await Promise.race([server.exited.then(() => true), sleep(10_000).then(() => false)])
  if (!killed) {
    killGroup(server.child, 'SIGKILL')
    await Promise.race([server.exited, sleep(5000)])
  }
  // Workers of the group may outlive the leader for a moment.
  killGroup(server.child, 'SIGKILL')
  live.delete(server.child)
  for (let i = 0; i < 50 && (await portInUse(server.port)); i += 1) await sleep(200)
}
