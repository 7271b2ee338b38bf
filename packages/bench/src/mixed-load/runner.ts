import os from 'node:os';
import type { VirtualUser } from './virtual-user';

export interface RunFigures {
  /** Wall time from the first step to the deadline, and the wait for steps still running then. */
  seconds: number;
  drainSeconds: number;
  steps: number;
  /** 1-minute load averages sampled during the run. */
  loadAverage: { start: number; max: number; mean: number; end: number };
  /** CPU time the load generator itself used, as cores (1.0 = one core busy the whole run). */
  generatorCores: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A think time drawn uniformly from [min, max] ms. */
export const thinkTime =
  ([min, max]: [number, number]) =>
  (): Promise<void> =>
    sleep(min + Math.random() * (max - min));

/**
 * Runs every user at once, each repeating its step (then a think time) until the deadline; a step
 * under way at the deadline finishes, so every write it made is answered before verification.
 * Errors were recorded where they happened; a failed step does not stop its user.
 */
export async function runUsers(
  users: VirtualUser[],
  seconds: number,
  think: () => Promise<void>,
): Promise<RunFigures> {
  const loads: number[] = [os.loadavg()[0]!];
  const sampler = setInterval(() => loads.push(os.loadavg()[0]!), 5000);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let steps = 0;
  await Promise.all(
    users.map(async (user) => {
      // Spread the first steps over one think time, as people do not all click at the same instant.
      await think();
      while (performance.now() < deadline) {
        try {
          await user.step();
        } catch {
          // Already counted by the recorder under the request's kind.
        }
        steps++;
        if (performance.now() < deadline) await think();
      }
    }),
  );
  const ended = performance.now();
  clearInterval(sampler);
  loads.push(os.loadavg()[0]!);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: round2(Math.min(ended, deadline) / 1000 - started / 1000),
    drainSeconds: round2(Math.max(0, ended - deadline) / 1000),
    steps,
    loadAverage: {
      start: round2(loads[0]!),
      max: round2(Math.max(...loads)),
      mean: round2(loads.reduce((a, b) => a + b, 0) / loads.length),
      end: round2(loads.at(-1)!),
    },
    generatorCores: round2((cpu.user + cpu.system) / 1000 / (ended - started)),
  };
}
