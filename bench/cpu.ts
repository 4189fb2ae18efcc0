/**
 * CPU accounting from /proc (Linux): the machine's busy time, a server's process group (the server and
 * its children: npm → sh → tsx → node, next → its workers) and PostgreSQL's processes (the backends doing
 * the server's queries), so each measurement can say where its CPU went, and the bench can wait for the
 * machine to settle between runs. Elsewhere every reading is null and nothing waits.
 */
import fs from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on every Linux the bench runs on (getconf CLK_TCK)

const readStat = (pid: string): { comm: string; pgrp: number; ticks: number } | null => {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const close = text.lastIndexOf(')')
    const comm = text.slice(text.indexOf('(') + 1, close)
    const fields = text.slice(close + 2).split(' ') // fields[0] is field 3 (state)
    return { comm, pgrp: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) }
  } catch {
    return null
  }
}

const pids = () => {
  try {
    return fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return []
  }
}

/** CPU milliseconds used so far (children that were waited for included) by a process group and by PostgreSQL. */
export type CpuSnapshot = { at: number; machineBusyMs: number | null; groupMs: number | null; postgresMs: number | null }

const machineBusyMs = (): number | null => {
  try {
    const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
    const [user, nice, system, , , irq, softirq, steal] = values.map(Number)
    return (user + nice + system + irq + softirq + steal) * TICK_MS
  } catch {
    return null
  }
}

export const snapshot = (pgid?: number): CpuSnapshot => {
  let group = 0
  let postgres = 0
  let any = false
  for (const pid of pids()) {
    const stat = readStat(pid)
    if (!stat) continue
    any = true
    if (pgid !== undefined && stat.pgrp === pgid) group += stat.ticks
    else if (stat.comm === 'postgres') postgres += stat.ticks
  }
  return {
    at: performance.now(),
    machineBusyMs: machineBusyMs(),
    groupMs: any && pgid !== undefined ? group * TICK_MS : null,
    postgresMs: any ? postgres * TICK_MS : null,
  }
}

/** Cores busy on average between two snapshots (machine, group, PostgreSQL). */
export const between = (a: CpuSnapshot, b: CpuSnapshot) => {
  const wall = b.at - a.at
  const cores = (x: number | null, y: number | null) => (x === null || y === null || wall <= 0 ? null : (y - x) / wall)
  return {
    wallMs: wall,
    machine: cores(a.machineBusyMs, b.machineBusyMs),
    group: cores(a.groupMs, b.groupMs),
    postgres: cores(a.postgresMs, b.postgresMs),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the machine is quiet (under `threshold` cores busy over two consecutive 300 ms windows), so a
 * run does not start while a server still works through requests of the previous one (a server that does
 * not answer in order can answer the bench's drain request before its backlog), PostgreSQL still finishes
 * queries, or something else runs. Gives up after `timeoutMs`; returns how long it waited and the last load.
 */
export const quiesce = async (threshold = 0.3, timeoutMs = 20_000): Promise<{ waitedMs: number; busy: number | null; quiet: boolean }> => {
  const started = performance.now()
  let quietWindows = 0
  let busy: number | null = null
  while (performance.now() - started < timeoutMs) {
    const a = snapshot()
    await sleep(300)
    busy = between(a, snapshot()).machine
    if (busy === null) return { waitedMs: 0, busy: null, quiet: true }
    quietWindows = busy < threshold ? quietWindows + 1 : 0
    if (quietWindows >= 2) return { waitedMs: performance.now() - started, busy, quiet: true }
  }
  return { waitedMs: performance.now() - started, busy, quiet: false }
}
