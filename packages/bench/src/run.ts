import { spawn } from 'node:child_process';
import { describeRuntime } from '../../../tooling/runtime.ts';
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hashPassword, workspaceRoot } from '@sixstep/db';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { loadCatalog } from './catalog';
import { explainAnalyze } from './explain';
import { checkFloorAgainstDomain } from './floor-check';
import { runLighthouse } from './lighthouse-audit';
import { runLoad, workoutBody } from './load-test';
import { describeMachine } from './machine';
import { rosterPlans } from './api-plans';
import { readOptions } from './options';
import { keptSections } from './kept-sections';
import { firstLoadJs } from './page-weight';
import { renderReport, type BenchResults } from './report';
import { rosterFloor, rosterFloorText } from './roster-floor';
import { loadCoach, type LoadedCoach } from './scale-seed';
import { signInOrFail } from '../../../tooling/app-http.ts';
import { signInAll } from './session';
import { timeCalls } from './stats';
import { queryUrl, trpcQuery } from './trpc-http';
import {
  distDir,
  ensureBuild,
  freePort,
  startWebServer,
  stopProcessGroup,
  waitForHttp,
  webDir,
  type RunningServer,
} from './web-server';

const PASSWORD = 'sixstep-demo';
const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  log(`runtime: ${describeRuntime()}`);
  const options = readOptions();
  const today = new Date().toISOString().slice(0, 10);
  // Filled section by section; a failing section throws, so the report is only rendered complete.
  const results: Partial<BenchResults> &
    Pick<BenchResults, 'date' | 'today' | 'options' | 'notes'> = {
    date: new Date().toISOString(),
    today,
    options,
    notes: [],
  };
  let db: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => log(`cleanup: ${e}`));
    await server?.stop();
    await db?.drop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    db = await createBenchDatabase();
    log(`database ${db.name}`);
    results.machine = await describeMachine(db.sql);

    // 1. Load: the 1,000-client coach first (its time is the headline), then the other sizes and the
    //    two one-client coaches for history length.
    const catalog = await loadCatalog(db.sql);
    const passwordHash = await hashPassword(PASSWORD);
    const coaches = new Map<string, LoadedCoach>();
    const load = async (tag: string, clients: number, historyDays: number) => {
      const loaded = await loadCoach(db!.sql, catalog, {
        tag,
        clients,
        historyDays,
        today,
        passwordHash,
      });
      log(
        `loaded ${tag}: ${clients} clients × ${historyDays} days, ${loaded.dayLogs} day logs, ${loaded.workouts} workouts in ${(loaded.ms / 1000).toFixed(1)} s`,
      );
      coaches.set(tag, loaded);
      return loaded;
    };
    const loads = [1000, ...options.sizes.filter((n) => n !== 1000)];
    for (const n of loads) await load(`c${n}`, n, options.historyDays);
    await load('month', 1, 30);
    await load('years', 1, 3 * 365);
    results.loads = [...coaches].map(([tag, c]) => ({
      tag,
      clients: c.clientIds.length,
      dayLogs: c.dayLogs,
      workouts: c.workouts,
      seconds: c.ms / 1000,
    }));

    // 2. The SQL floor, checked against the domain's rules before it is trusted.
    const rosterTags = [...options.sizes.map((n) => `c${n}`), 'month', 'years'];
    results.roster = [];
    for (const tag of rosterTags) {
      const coach = coaches.get(tag)!;
      const rows = await rosterFloor(db.sql, coach.coachId, today);
      const problems = await checkFloorAgainstDomain(db.sql, rows, today);
      if (problems.length)
        throw new Error(
          `SQL floor disagrees with the domain for ${tag}:\n${problems.slice(0, 10).join('\n')}`,
        );
      const floor = await timeCalls(() => rosterFloor(db!.sql, coach.coachId, today), options.runs);
      results.roster.push({ tag, clients: coach.clientIds.length, floor });
      log(`floor ${tag}: median ${floor.median.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms`);
    }
    results.floorExplain = await explainAnalyze(db.sql, rosterFloorText(), [
      coaches.get('c1000')!.coachId,
      today,
    ]);
    if (options.sections.has('roster')) {
      results.apiPlans = [];
      for (const tag of ['c1000', 'month']) {
        try {
          results.apiPlans.push({ tag, ...(await rosterPlans(db.url, coaches.get(tag)!.coachId)) });
        } catch (error) {
          results.notes.push(
            `The API's roster plans for ${tag} could not be captured (auto_explain needs a superuser): ${String(error).slice(0, 200)}`,
          );
        }
      }
    }

    // A failed build or start is written down and the HTTP sections are skipped: the load and
    // floor figures above still stand on their own.
    let built = false;
    if (['roster', 'load', 'pages', 'lighthouse'].some((s) => options.sections.has(s as never))) {
      try {
        ensureBuild(log);
        built = true;
        if (['roster', 'load', 'lighthouse'].some((s) => options.sections.has(s as never))) {
          server = await startWebServer(db.url);
          log(`web server at ${server.baseUrl} (pid ${server.pid}, Node ${server.nodeVersion})`);
        }
      } catch (error) {
        results.notes.push(
          `The production web app could not be ${built ? 'started' : 'built'}, so the HTTP measurements did not run: ${String(error).slice(0, 300)}`,
        );
        log(results.notes.at(-1)!);
      }
    }

    // 3. adherence.roster over HTTP with a real coach session, beside the floor.
    if (server && options.sections.has('roster')) {
      for (const row of results.roster) {
        const coach = coaches.get(row.tag)!;
        const cookie = await signInOrFail(server.baseUrl, coach.coachEmail, PASSWORD);
        try {
          const answer = await trpcQuery(
            server.baseUrl,
            cookie,
            'adherence.roster',
            rosterInput(today),
          );
          row.apiRows = rosterLength(answer);
        } catch (error) {
          row.apiError = String(error).slice(0, 300);
          log(`adherence.roster for ${row.tag}: ${row.apiError}`);
          continue;
        }
        const url = queryUrl(server.baseUrl, 'adherence.roster', rosterInput(today));
        row.api = await timeCalls(async () => {
          const response = await fetch(url, { headers: { cookie } });
          await response.text();
          if (!response.ok) throw new Error(`adherence.roster: HTTP ${response.status}`);
        }, options.runs);
        log(
          `roster ${row.tag}: median ${row.api.median.toFixed(1)} ms, p95 ${row.api.p95.toFixed(1)} ms (floor ${row.floor.median.toFixed(1)} ms)`,
        );
      }
    }

    // 4. Logging and today's plan under load, beside a bare node:http + postgres.js floor.
    if (server && options.sections.has('load')) {
      const c1000 = coaches.get('c1000')!;
      const emails = c1000.clientEmails.slice(0, options.loadClients);
      const ids = c1000.clientIds.slice(0, options.loadClients);
      log(`signing in ${emails.length} clients over HTTP …`);
      const cookies = await signInAll(server.baseUrl, emails, PASSWORD);
      const floorPort = await freePort();
      const floor = spawn(
        path.join(workspaceRoot(), 'packages/bench/node_modules/.bin/tsx'),
        [path.join(workspaceRoot(), 'packages/bench/src/floor-server.ts')],
        {
          detached: true,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, FLOOR_DATABASE_URL: db.url, FLOOR_PORT: String(floorPort) },
        },
      );
      cleanups.push(() => stopProcessGroup(floor));
      await waitForHttp(`http://127.0.0.1:${floorPort}/`, floor);
      const body = workoutBody(today);
      results.load = [];
      for (const connections of options.connections) {
        const add = await runLoad(
          {
            url: `${server.baseUrl}/api/trpc/logs.addWorkout`,
            method: 'POST',
            headersFor: (n) => ({ cookie: cookies[n % cookies.length]! }),
            bodyFor: body,
          },
          connections,
          options.seconds,
        );
        const bare = await runLoad(
          {
            url: `http://127.0.0.1:${floorPort}/`,
            method: 'POST',
            headersFor: (n) => ({ 'x-client-id': ids[n % ids.length]! }),
            bodyFor: body,
          },
          connections,
          options.seconds,
        );
        const plan = await runLoad(
          {
            url: queryUrl(server.baseUrl, 'plan.today', planInput(today)),
            method: 'GET',
            headersFor: (n) => ({ cookie: cookies[n % cookies.length]! }),
          },
          connections,
          options.seconds,
        );
        results.load.push({ connections, addWorkout: add, floor: bare, planToday: plan });
        log(
          `${connections} connections: addWorkout ${add.rps.toFixed(0)} req/s p95 ${add.p95.toFixed(0)} ms errors ${add.errors} in flight ${add.inFlight}; floor ${bare.rps.toFixed(0)} req/s; plan.today ${plan.rps.toFixed(0)} req/s p95 ${plan.p95.toFixed(0)} ms errors ${plan.errors} in flight ${plan.inFlight}`,
        );
      }
    }

    // 5. Page weight from the build, then Lighthouse with signed-in cookies.
    if (built && options.sections.has('pages'))
      results.pages = firstLoadJs(path.join(webDir(), distDir()));
    if (server && options.sections.has('lighthouse')) {
      const client = await signInOrFail(
        server.baseUrl,
        coaches.get('c1000')!.clientEmails[1]!,
        PASSWORD,
      );
      const coach = await signInOrFail(server.baseUrl, coaches.get('c1000')!.coachEmail, PASSWORD);
      results.lighthouse = [];
      for (const [route, cookie, formFactor] of [
        ['/today', client, 'mobile'],
        ['/coach', coach, 'desktop'],
      ] as const) {
        try {
          results.lighthouse.push(
            await runLighthouse(`${server.baseUrl}${route}`, cookie, formFactor),
          );
        } catch (error) {
          results.notes.push(`Lighthouse on ${route} failed: ${String(error).slice(0, 300)}`);
        }
      }
    }
  } finally {
    await stop();
  }

  const analysisFile = path.join(workspaceRoot(), 'packages/bench/ANALYSIS.md');
  if (existsSync(analysisFile)) results.analysis = readFileSync(analysisFile, 'utf8');
  // Read just before writing: another tool may have added its mixed-load block during the run.
  const target = path.resolve(workspaceRoot(), options.out ?? 'BENCHMARKS.md');
  results.kept = keptSections(existsSync(target) ? readFileSync(target, 'utf8') : null);
  const report = renderReport(results as BenchResults);
  console.log(report);
  if (options.out) {
    writeFileSync(target, report);
    log(`wrote ${target}`);
  }
}

/** adherence.roster takes no input: the coach comes from the session, today from the server clock. */
function rosterInput(_today: string): unknown {
  return undefined;
}

function planInput(today: string): unknown {
  return { date: today };
}

function rosterLength(answer: unknown): number {
  if (Array.isArray(answer)) return answer.length;
  const rows =
    (answer as { clients?: unknown[]; rows?: unknown[] }).clients ??
    (answer as { rows?: unknown[] }).rows;
  if (!Array.isArray(rows))
    throw new Error(
      `adherence.roster answered an unexpected shape: ${JSON.stringify(answer).slice(0, 200)}`,
    );
  return rows.length;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
