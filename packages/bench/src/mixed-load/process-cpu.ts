import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  comm: string;
  ppid: number;
  ticks: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    // After "pid (comm) ": state ppid pgrp … utime (14th field of the line) stime (15th).
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine, all cores (everything but idle and I/O wait in /proc/stat). */
function machineBusy(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return user! + nice! + system! + irq! + softirq! + (steal ?? 0);
}

/**
 * CPU seconds used so far by the server process and its children, by PostgreSQL's processes and by the
 * whole machine (from /proc; null where there is none), to say where the cores went during the run.
 */
export function cpuSeconds(
  serverPid: number,
): { server: number; postgres: number; machine: number } | null {
  let pids: string[];
  let machine: number;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    machine = machineBusy();
  } catch {
    return null;
  }
  let server = 0;
  let postgres = 0;
  for (const pid of pids) {
    const stat = readStat(pid);
    if (!stat) continue;
    if (Number(pid) === serverPid || stat.ppid === serverPid) server += stat.ticks;
    else if (stat.comm === 'postgres') postgres += stat.ticks;
  }
  return {
    server: server / TICKS_PER_SECOND,
    postgres: postgres / TICKS_PER_SECOND,
    machine: machine / TICKS_PER_SECOND,
  };
}
