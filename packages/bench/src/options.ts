/** What to run, from the environment (see "How to run" in BENCHMARKS.md). */
export const SECTIONS = ['roster', 'load', 'pages', 'lighthouse'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  sections: Set<Section>;
  /** Roster sizes (clients of one coach) to load and time. */
  sizes: number[];
  historyDays: number;
  /** Timed calls per roster measurement (after warm-up). */
  runs: number;
  /** Seconds of each load run. */
  seconds: number;
  connections: number[];
  /** Client sessions the load spreads over. */
  loadClients: number;
  /** Where the report is written. */
  out: string | null;
}

function list(value: string | undefined): string[] | null {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const quick = env.BENCH_QUICK === '1';
  const only = list(env.BENCH_ONLY);
  // The bulk load and the SQL floor always run; BENCH_ONLY=floor runs nothing else.
  for (const name of only ?? [])
    if (name !== 'floor' && !SECTIONS.includes(name as Section))
      throw new Error(
        `BENCH_ONLY: unknown section "${name}" (known: floor, ${SECTIONS.join(', ')})`,
      );
  const sizes = (list(env.BENCH_SIZES) ?? (quick ? ['100', '1000'] : ['100', '1000', '10000'])).map(
    Number,
  );
  if (!sizes.includes(1000)) sizes.push(1000);
  return {
    quick,
    sections: new Set((only ?? SECTIONS).filter((name) => name !== 'floor') as Section[]),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    historyDays: Number(env.BENCH_HISTORY_DAYS ?? 365),
    runs: Number(env.BENCH_RUNS ?? (quick ? 10 : 30)),
    seconds: Number(env.BENCH_SECONDS ?? (quick ? 5 : 30)),
    connections: (list(env.BENCH_CONNECTIONS) ?? ['50', '200']).map(Number),
    loadClients: Number(env.BENCH_LOAD_CLIENTS ?? (quick ? 40 : 200)),
    out: env.BENCH_OUT === '-' ? null : (env.BENCH_OUT ?? 'BENCHMARKS.md'),
  };
}
