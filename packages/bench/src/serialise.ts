/**
 * The API's transformer (packages/api/src/transformer.ts) against superjson alone and against
 * plain JSON with ISO date strings (what the API would send without a transformer), on answers
 * shaped like the two heaviest: `plan.today` on a day with many workouts (dates in every row) and
 * `adherence.roster` for 1,000 clients (no dates). In process, no server: serialise + stringify,
 * as the tRPC adapter does. `pnpm --filter @sixstep/bench bench:serialise`.
 */
import { performance } from 'node:perf_hooks';
import superjson from 'superjson';
import { transformer } from '../../api/src/transformer';

const at = (i: number) => new Date(Date.UTC(2026, 2, 10, 7, 0, i));

function planDay(workouts: number) {
  return {
    date: '2026-03-10',
    today: '2026-03-10',
    logged: {
      day: {
        date: '2026-03-10',
        calories: 1500,
        weightKg: 70.2,
        createdAt: at(0),
        updatedAt: at(1),
      },
      workouts: Array.from({ length: workouts }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        date: '2026-03-10',
        kind: i % 3 === 0 ? 'strength' : 'cardio',
        exerciseId: i % 3 === 0 ? '00000000-0000-4000-8000-000000000001' : null,
        exerciseName: i % 3 === 0 ? 'Chin-up' : null,
        sets:
          i % 3 === 0
            ? [
                { reps: 12, loadKg: 10 },
                { reps: 12, loadKg: 10 },
              ]
            : [],
        minutes: i % 3 === 0 ? null : 30,
        activity: i % 3 === 0 ? null : 'walking',
        intervals: null,
        idempotencyKey: `key-${i}`,
        createdAt: at(i),
      })),
    },
  };
}

function roster(clients: number) {
  const scores = {
    strength: 0.5,
    cardio: 0.75,
    hiit: 1,
    calories: 0.43,
    food: 0.57,
    treats: 1,
    overall: 0.71,
  };
  return Array.from({ length: clients }, (_, i) => ({
    clientId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Client ${i}`,
    email: `client${i}@bench.test`,
    invitePending: false,
    deactivated: false,
    assignment: {
      id: `a-${i}`,
      programName: 'Six-step',
      status: 'active',
      startDate: '2026-01-05',
      weeks: 12,
      endDate: '2026-03-29',
    },
    last7: scores,
    last28: scores,
    flags: { behind: false, silent: false, underFloor: false },
  }));
}

const ways = {
  superjson: (v: unknown) => JSON.stringify(superjson.serialize(v)),
  transformer: (v: unknown) => JSON.stringify(transformer.serialize(v)),
  'plain JSON (ISO strings)': (v: unknown) => JSON.stringify(v),
};

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Medians per way, the ways interleaved in rounds so a busy machine slows them alike. */
function timeAll(value: unknown, rounds: number, perRound: number) {
  const fns = Object.values(ways);
  for (const fn of fns) for (let i = 0; i < 50; i++) fn(value); // warm up the JIT
  const samples = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++)
    fns.forEach((fn, k) => {
      for (let i = 0; i < perRound; i++) {
        const start = performance.now();
        fn(value);
        samples[k]!.push(performance.now() - start);
      }
    });
  return samples.map(median);
}

const cases = [
  ['plan.today, 70 workouts', planDay(70)],
  ['plan.today, 10 workouts', planDay(10)],
  ['adherence.roster, 1,000 clients', roster(1000)],
] as const;

console.log(`node ${process.version}, median of 400 runs each, interleaved in 40 rounds (ms)\n`);
console.log(`| answer | bytes | ${Object.keys(ways).join(' | ')} |`);
console.log(
  `| --- | --- | ${Object.keys(ways)
    .map(() => '---')
    .join(' | ')} |`,
);
for (const [name, value] of cases) {
  const bytes = JSON.stringify(value).length;
  const cells = timeAll(value, 40, 10).map((ms) => ms.toFixed(3));
  console.log(`| ${name} | ${bytes.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}
