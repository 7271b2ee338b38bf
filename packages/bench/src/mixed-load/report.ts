import type { MachineInfo } from '../machine';
import type { LoadOptions } from './options';
import type { KindSamples } from './recorder';
import type { RunFigures } from './runner';
import type { WriteCheck } from './verify';

export interface MixedLoadResults {
  date: string;
  machine: MachineInfo;
  options: LoadOptions;
  mix: { clients: number; coaches: number; admins: number };
  accounts: { coaches: number; clientsPerCoach: number; historyDays: number };
  build: string;
  /** The commit checked out when the run began (the build may be older: see its time). */
  head: string;
  run: RunFigures;
  /** Cores used during the run (CPU seconds / wall seconds), from /proc; null elsewhere. */
  cores: { server: number; postgres: number; machine: number } | null;
  peakInFlight: number;
  kinds: Map<string, KindSamples>;
  checks: WriteCheck[];
  staleRefusals: number;
}

/** Nearest-rank percentile, as the bench's stats. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
const ms = (n: number) =>
  Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US');
const int = (n: number) => n.toLocaleString('en-US');
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export const totalErrors = (r: MixedLoadResults) =>
  [...r.kinds.values()].reduce((sum, k) => sum + k.errors, 0);
export const totalLost = (r: MixedLoadResults) => r.checks.reduce((sum, c) => sum + c.lost, 0);

export const HOW_TO_RUN = `### How to run the mixed load

\`pnpm bench:load\` from the repository root, with PostgreSQL reachable (default
\`postgres://postgres@127.0.0.1:5432/postgres\`; \`BENCH_DATABASE_URL\`, else \`DATABASE_URL\`, names another server).
It creates \`sixstep_load_<timestamp>\`, loads coaches, clients (with history) and an admin with the bench's bulk
loader, starts the production server (the bench's \`startWebServer\`, on a free port unless \`LOAD_PORT\` names one) from the existing build (\`apps/web/.next\`, else it builds
\`.next-load\`; \`BENCH_NEXT_DIST_DIR\` names another), signs every user in over HTTP, runs the users, checks every
acknowledged write in the database, replaces this block in BENCHMARKS.md and drops the database (also on
failure). It exits non-zero when a request failed or a write was lost. Not part of \`pnpm test\`.

| variable | default | effect |
| --- | --- | --- |
| \`LOAD_USERS\` | 200 | virtual users in all (clients are the rest after coaches and admins) |
| \`LOAD_COACH_USERS\` | 20 % of users | coach users |
| \`LOAD_ADMIN_USERS\` | 2 | admin users (one admin account, sharing the exercises they edit) |
| \`LOAD_SECONDS\` | 60 | length of the run |
| \`LOAD_THINK_MS\` | 50-250 | pause between two steps of a user, uniform, ms |
| \`LOAD_COACHES\` / \`LOAD_CLIENTS_PER_COACH\` | coach users / 25 | coach accounts and the size of each roster |
| \`LOAD_HISTORY_DAYS\` | 120 | days of logs loaded per client before the run |
| \`LOAD_EDITED_EXERCISES\` | 6 | exercises the admins edit (plus those they create) |
| \`LOAD_TIMEOUT_MS\` | 30000 | an answer slower than this is an error |
| \`LOAD_PORT\` | a free port | port of the server under load |
| \`LOAD_OUT\` | BENCHMARKS.md | file whose mixed-load block is replaced; \`-\` prints only |`;

/** How busy the machine was, and how much of it went to this run rather than to other processes. */
function machineLoad(r: MixedLoadResults): string {
  const { cpus, loadAverage } = r.machine;
  const l = r.run.loadAverage;
  const lines = [
    `**Load average (1 min) when the users started: ${loadAverage}** (on ${cpus} cores; it includes this run's own loading and sign-ins just before); ` +
      `during the run ${l.mean} on average, ${l.max} at most.`,
  ];
  if (r.cores) {
    const ours = round2(r.run.generatorCores + r.cores.server + r.cores.postgres);
    const others = round2(Math.max(0, r.cores.machine - ours));
    lines.push(
      `Cores busy during the run: ${r.cores.machine} of ${cpus}: the web server ${r.cores.server}, PostgreSQL ${r.cores.postgres} ` +
        `(all its processes, other databases included), the load generator ${r.run.generatorCores}, other processes ${others}.`,
    );
    if (others >= 0.5)
      lines.push(
        `Other work took ${others} cores during the run, so the server got only part of the machine: these latencies are those of a shared, busy machine, not of a dedicated server.`,
      );
  }
  if (l.mean > cpus)
    lines.push(`A load average above ${cpus} means processes were queueing for a core throughout.`);
  lines.push(`At most ${r.peakInFlight} requests were waiting for an answer at the same moment.`);
  return lines.join('\n');
}

/**
 * Users that barely pause form a closed loop: each waits for its answer before the next request,
 * so the time per answer is users / throughput. When answers take most of that time, the
 * latency is the queue in front of the server rather than the work of one request.
 */
function readingTheLatencies(r: MixedLoadResults, requests: number, meanAnswer: number): string {
  const throughput = requests / r.run.seconds;
  const cycle = (r.options.users / throughput) * 1000;
  const cpu = r.cores
    ? ` The server used ${r.cores.server} cores: ${ms((r.cores.server * (r.run.seconds + r.run.drainSeconds) * 1000) / requests)} ms of its CPU per answer.`
    : '';
  const queueing =
    meanAnswer > cycle / 2
      ? ' Answers take most of that time, so the latencies above are mostly the queue of waiting users in front of the server; they shrink with the CPU the server gets, or with fewer users at once.'
      : '';
  return (
    `Reading the latencies: the users barely pause, so each waits for an answer before sending again. ${int(requests)} answers in ` +
    `${r.run.seconds} s is ${throughput.toFixed(1)} req/s: each of the ${r.options.users} users got an answer every ${ms(cycle)} ms, ` +
    `think time included, and the mean answer took ${ms(meanAnswer)} ms.${queueing}${cpu}`
  );
}

export function renderMixedLoad(r: MixedLoadResults): string {
  const m = r.machine;
  const kinds = [...r.kinds.entries()].sort(([a], [b]) => a.localeCompare(b));
  const kindRows = kinds.map(([kind, s]) => {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const requests = s.latencies.length + s.errors;
    return [
      kind,
      int(requests),
      (requests / r.run.seconds).toFixed(1),
      s.errors === 0 ? '0' : `**${int(s.errors)}**`,
      s.expectedRefusals ? int(s.expectedRefusals) : '0',
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 95)),
      ms(percentile(sorted, 99)),
      ms(sorted.at(-1) ?? NaN),
    ];
  });
  const all = kinds.flatMap(([, s]) => s.latencies);
  const requests = all.length + totalErrors(r);
  const errorLines = kinds.flatMap(([kind, s]) =>
    s.errorMessages.map((message) => `- ${kind}: ${message}`),
  );
  const problemLines = r.checks.flatMap((c) => c.problems.map((p) => `- ${c.what}: ${p}`));
  const out = [
    `## Mixed load (${r.options.users} users, one server)`,
    '',
    `Run ${r.date} with \`pnpm bench:load\` against the production server (\`NODE_ENV=production\`, build \`${r.build}\`; checkout at \`${r.head}\`) on a fresh`,
    `PostgreSQL database. Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres}; the load`,
    'generator, the server and PostgreSQL share these cores.',
    machineLoad(r),
    '',
    `Users: **${r.options.users}** at once for **${r.run.seconds} s** (then ${r.run.drainSeconds} s for the steps under way to finish): ` +
      `${r.mix.clients} clients (each their own account: 55 % save a day's diary with every field, 45 % log a workout with a fresh ` +
      `idempotency key, one workout in ten sent twice with the same key), ${r.mix.coaches} coaches (one account each: the roster, ` +
      `then two client pages: HTML plus the page's two tRPC batches), ${r.mix.admins} admin users on one admin account (open an ` +
      `exercise and save a change with the version read: 80 %; list: 10 %; create: 10 %; they share ${r.options.editedExercises} ` +
      `exercises plus those they create, so their edits race). Think time ${r.options.thinkMs[0]}–${r.options.thinkMs[1]} ms ` +
      `between steps. Data: ${r.accounts.coaches} coaches × ${r.accounts.clientsPerCoach} clients, ` +
      `${r.accounts.historyDays} days of history each, active assignments. Sessions are real (next-auth sign-in over HTTP).`,
    '',
    table(
      [
        'kind',
        'requests',
        'req/s',
        'errors',
        'stale version (409, by design)',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
      ],
      [
        ...kindRows,
        [
          '**all**',
          int(requests),
          (requests / r.run.seconds).toFixed(1),
          String(totalErrors(r)),
          String(r.staleRefusals),
          '',
          '',
          '',
          '',
        ],
      ],
    ),
    '',
    readingTheLatencies(r, requests, mean(all)),
    '',
    '"Errors": network failures, timeouts, any non-2xx answer, a tRPC error in a batch, a roster with the wrong',
    "number of clients or a client page that does not name the client. A stale-version CONFLICT is the catalog's",
    "designed answer when the other admin saved first: nothing is written, and the editor's next step reads again.",
    '',
    'Writes checked in the database after the run (every acknowledged write, exactly once, values compared field by field):',
    '',
    table(
      [
        'write',
        'acknowledged',
        'found once, same values',
        'lost, wrong or extra',
        'unanswered (not judged)',
      ],
      r.checks.map((c) => [
        c.what,
        int(c.acknowledged),
        int(c.found),
        c.lost === 0 ? '0' : `**${int(c.lost)}**`,
        int(c.uncertain),
      ]),
    ),
    '',
    'Day logs: one row per client and date; the last acknowledged save of each (client, date) is compared. Workouts:',
    'each acknowledged key is one row with the answered id and the values sent; a second send of a key must answer the',
    "same workout. Catalog: each exercise's version is 1 plus its acknowledged updates, each answered version is",
    'distinct, each has its revision holding the name sent, and the row holds the last acknowledged values.',
    '',
  ];
  if (errorLines.length) out.push('Errors seen (first of each kind):', '', ...errorLines, '');
  if (problemLines.length) out.push('Write problems (first ones):', '', ...problemLines, '');
  out.push(HOW_TO_RUN);
  return out.join('\n');
}
