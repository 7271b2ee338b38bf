import type { LighthouseScores } from './lighthouse-audit';
import type { LoadResult } from './load-test';
import type { MachineInfo } from './machine';
import type { BenchOptions } from './options';
import type { KeptSections } from './kept-sections';
import type { RouteWeight } from './page-weight';
import type { Timing } from './stats';

export interface RosterRow {
  tag: string;
  clients: number;
  floor: Timing;
  api?: Timing;
  apiRows?: number;
  apiError?: string;
}

export interface BenchResults {
  date: string;
  today: string;
  options: BenchOptions;
  machine: MachineInfo;
  loads: Array<{
    tag: string;
    clients: number;
    dayLogs: number;
    workouts: number;
    seconds: number;
  }>;
  roster: RosterRow[];
  floorExplain: string;
  apiPlans?: Array<{ tag: string; statements: number; plans: string[] }>;
  load?: Array<{
    connections: number;
    addWorkout: LoadResult;
    floor: LoadResult;
    planToday: LoadResult;
  }>;
  pages?: RouteWeight[];
  lighthouse?: LighthouseScores[];
  notes: string[];
  /** Hand-written reading of the figures (packages/bench/ANALYSIS.md): the closing note when BENCHMARKS.md has none yet. */
  analysis?: string;
  /** The closing note and mixed-load blocks of the BENCHMARKS.md being replaced, written back unchanged. */
  kept?: KeptSections;
}

const HOW_TO_RUN = `## How to run

\`pnpm bench\` from the repository root, with a PostgreSQL server reachable (default
\`postgres://postgres@127.0.0.1:5432/postgres\`; set \`BENCH_DATABASE_URL\`, else \`DATABASE_URL\`, to use
another). It creates \`sixstep_bench_<timestamp>\`, loads the data, builds the web app into
\`apps/web/.next-bench\` when that build is missing, starts the production server (\`apps/web/server/start.mjs\`, as \`pnpm start\`) on a free port, measures, writes this
file and drops the database (also on failure). Nothing of it is part of \`pnpm test\`. A rewrite keeps, unchanged,
the hand-written "Reading the results (closing note)" section (taken from packages/bench/ANALYSIS.md only when
this file has none) and every block between the \`mixed-load:start\` and \`mixed-load:end\` HTML comments.

\`pnpm bench:load\` is the mixed load apart from this run: 200 virtual users (clients logging, coaches reading,
admins editing the catalog) for 60 s against one production server, then every acknowledged write checked in the
database. It replaces only its own block ("Mixed load", between the markers); its variables are listed there
under "How to run the mixed load".

| variable | default | effect |
| --- | --- | --- |
| \`BENCH_QUICK=1\` | off | smoke run: 100 and 1,000 clients, 10 calls, 5 s loads, 40 sessions |
| \`BENCH_ONLY\` | all | comma list of \`roster, load, pages, lighthouse\`; \`floor\` alone runs only the load and the SQL floor |
| \`BENCH_SIZES\` | 100,1000,10000 | roster sizes (1,000 is always loaded) |
| \`BENCH_RUNS\` | 30 | timed calls per roster figure |
| \`BENCH_SECONDS\` | 30 | seconds per load run |
| \`BENCH_CONNECTIONS\` | 50,200 | autocannon connections |
| \`BENCH_LOAD_CLIENTS\` | 200 | client sessions the load is spread over |
| \`BENCH_NEXT_DIST_DIR\` | \`NEXT_DIST_DIR\`, else \`.next-bench\` | build folder (relative to apps/web) that is built, started and weighed |
| \`BENCH_REBUILD=1\` | off | rebuild the web app even if the build folder has a build |
| \`BENCH_OUT\` | BENCHMARKS.md | report path from the repository root; \`-\` prints only |
| \`CHROMIUM_PATH\` | /usr/bin/chromium | browser for Lighthouse |`;

const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1);
const met = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : '**not met**');
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const LABELS: Record<string, string> = {
  month: '1 client, 1 month of history',
  years: '1 client, 3 years of history',
};
const label = (tag: string, clients: number) =>
  LABELS[tag] ?? `${clients.toLocaleString('en-US')} clients, 1 year`;

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    `Written by \`pnpm bench\` (packages/bench) on ${r.date.slice(0, 16).replace('T', ' ')} UTC${r.options.quick ? ' — **quick run (BENCH_QUICK=1): fewer calls, shorter loads; not the reference figures**' : ''}.`,
    '',
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.postgres}. ` +
      `Load average when the run began: ${m.loadAverage} (anything well above 0 means other work shared the CPUs and every timing below is pessimistic).`,
    '',
  );

  out.push(
    '## Bulk load',
    '',
    table(
      ['data set', 'day logs', 'workouts', 'load time', 'goal'],
      r.loads.map((l) => [
        label(l.tag, l.clients),
        l.dayLogs.toLocaleString('en-US'),
        l.workouts.toLocaleString('en-US'),
        `${l.seconds.toFixed(1)} s`,
        l.tag === 'c1000' ? `< 60 s: ${met(l.seconds < 60)}` : '',
      ]),
    ),
    '',
  );

  out.push(
    '## adherence.roster against its SQL floor',
    '',
    `Median and p95 of ${r.options.runs} sequential calls after 5 warm-up calls. API: GET /api/trpc/adherence.roster over HTTP with a real coach session (next-auth cookie), production server. ` +
      'Floor: one hand-written SQL statement (packages/bench/src/roster-floor.ts) computing the same per-client, per-step counts for the last 7 and 28 days, timed through postgres.js; before timing, its counts are checked against the domain engine for a sample of clients (0 mismatches, or the run stops).',
    '',
  );
  out.push(
    table(
      [
        'data set',
        'floor median',
        'floor p95',
        'API median',
        'API p95',
        'ratio (median)',
        'API per client',
        'goals: ≤ 1.5× floor, p95 ≤ 100 ms',
      ],
      r.roster.map((row) => {
        const ratio = row.api ? row.api.median / row.floor.median : undefined;
        return [
          label(row.tag, row.clients),
          `${ms(row.floor.median)} ms`,
          `${ms(row.floor.p95)} ms`,
          row.api ? `${ms(row.api.median)} ms` : row.apiError ? 'failed' : 'not run',
          row.api ? `${ms(row.api.p95)} ms` : '–',
          ratio ? `${ratio.toFixed(2)}×` : '–',
          row.api ? `${((row.api.median / row.clients) * 1000).toFixed(0)} µs` : '–',
          row.tag === 'c1000' && row.api ? `${met(ratio! <= 1.5)}, ${met(row.api.p95 <= 100)}` : '',
        ];
      }),
    ),
    '',
  );
  for (const row of r.roster.filter((x) => x.apiError))
    out.push(`- ${label(row.tag, row.clients)}: API call failed: \`${row.apiError ?? ''}\``);
  out.push('');

  if (r.load) {
    out.push(
      '## Logging under load',
      '',
      `autocannon, ${r.options.seconds} s per run, each request with one of ${r.options.loadClients} real client sessions (signed in over HTTP) and a fresh idempotency key. ` +
        'Floor: a bare node:http server (packages/bench/src/floor-server.ts) doing the same insert with postgres.js (pool of 10, like the app), no session check.',
      '',
    );
    out.push(
      table(
        [
          'connections',
          'endpoint',
          'req/s',
          'p50',
          'p95',
          'p99',
          'errors',
          'in flight at the end',
          'goals',
        ],
        r.load.flatMap((l) => [
          [
            l.connections,
            'logs.addWorkout',
            l.addWorkout.rps.toFixed(0),
            `${ms(l.addWorkout.p50)} ms`,
            `${ms(l.addWorkout.p95)} ms`,
            `${ms(l.addWorkout.p99)} ms`,
            l.addWorkout.errors,
            l.addWorkout.inFlight,
            `≥ 0.5× floor: ${(l.addWorkout.rps / l.floor.rps).toFixed(2)}× ${met(l.addWorkout.rps / l.floor.rps >= 0.5)}; errors 0: ${met(l.addWorkout.errors === 0)}` +
              (l.connections === 200 ? `; p95 ≤ 150 ms: ${met(l.addWorkout.p95 <= 150)}` : ''),
          ],
          [
            l.connections,
            'floor (node:http + postgres.js)',
            l.floor.rps.toFixed(0),
            `${ms(l.floor.p50)} ms`,
            `${ms(l.floor.p95)} ms`,
            `${ms(l.floor.p99)} ms`,
            l.floor.errors,
            l.floor.inFlight,
            '',
          ],
          [
            l.connections,
            'plan.today',
            l.planToday.rps.toFixed(0),
            `${ms(l.planToday.p50)} ms`,
            `${ms(l.planToday.p95)} ms`,
            `${ms(l.planToday.p99)} ms`,
            l.planToday.errors,
            l.planToday.inFlight,
            `errors 0: ${met(l.planToday.errors === 0)}` +
              (l.connections === 200 ? `; p95 ≤ 150 ms: ${met(l.planToday.p95 <= 150)}` : ''),
          ],
        ]),
      ),
      '',
    );
  }

  for (const block of r.kept?.mixedLoad ?? []) out.push(block, '');

  if (r.pages) {
    out.push(
      '## First-load JavaScript per route',
      '',
      "From the production build: the framework root chunks plus every chunk of the route's layouts, boundaries and page (client reference manifest), each gzipped here with zlib.",
      '',
    );
    out.push(
      table(
        ['route', 'files', 'raw', 'gzip', 'goal'],
        r.pages.map((p) => [
          p.route,
          p.files,
          `${p.rawKb.toFixed(1)} kB`,
          `${p.gzipKb.toFixed(1)} kB`,
          p.route === '/today' ? `≤ 150 kB: ${met(p.gzipKb <= 150)}` : '',
        ]),
      ),
    );
    if (!r.pages.some((p) => p.route === '/today'))
      out.push(
        '',
        '**/today is not in this build** (no page at that route yet), so its goal cannot be judged.',
      );
    out.push('');
  }

  if (r.lighthouse || r.options.sections.has('lighthouse')) {
    out.push(
      '## Lighthouse',
      '',
      "Lighthouse with Debian's chromium (headless), signed-in cookie on every request, production server on this machine.",
      '',
    );
    out.push(
      table(
        ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'goal ≥ 95 each'],
        (r.lighthouse ?? []).map((l) => [
          new URL(l.url).pathname,
          l.formFactor,
          l.performance,
          l.accessibility,
          l.bestPractices,
          met(l.performance >= 95 && l.accessibility >= 95 && l.bestPractices >= 95),
        ]),
      ),
    );
    for (const l of r.lighthouse ?? []) {
      const page = new URL(l.url).pathname;
      // Console errors are named apart, so a long list of audits cannot hide them.
      const audits = l.failing.filter((f) => !f.startsWith('console: '));
      const consoleErrors = l.failing
        .filter((f) => f.startsWith('console: '))
        .map((f) => f.slice('console: '.length));
      if (audits.length) out.push('', `${page} audits below 90: ${audits.slice(0, 12).join(', ')}`);
      if (consoleErrors.length) out.push('', `${page} console errors: ${consoleErrors.join('; ')}`);
    }
    out.push('');
  }
  if (r.notes.length) out.push('## Notes from this run', '', ...r.notes.map((n) => `- ${n}`), '');
  const closingNote = r.kept?.closingNote ?? r.analysis?.trim();
  if (closingNote) out.push(closingNote, '');
  out.push(HOW_TO_RUN, '');

  out.push(
    '## Query plans',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of the SQL floor for the 1,000-client coach:',
    '',
    '```',
    r.floorExplain,
    '```',
    '',
  );
  for (const p of r.apiPlans ?? []) {
    const who =
      p.tag === 'c1000'
        ? 'the 1,000-client coach'
        : 'the coach whose one client has 1 month of history';
    out.push(
      `\`adherence.roster\` for ${who}: ${p.statements} statements per call (session check included), each with auto_explain's EXPLAIN (ANALYZE, BUFFERS), captured from the procedure itself through a tRPC caller:`,
      '',
    );
    for (const plan of p.plans) out.push('```', plan, '```', '');
  }
  return out.join('\n');
}
