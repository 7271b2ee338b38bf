import os from 'node:os';
import type { Sql } from 'postgres';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** 1-minute load average when the run began: other work on the machine skews every timing. */
  loadAverage: number;
}

export async function describeMachine(sql: Sql): Promise<MachineInfo> {
  const [{ version }] = (await sql`select version()`) as unknown as [{ version: string }];
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: version.split(' on ')[0]!,
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
