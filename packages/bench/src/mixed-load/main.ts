import { spawnSync } from 'node:child_process';
import { describeRuntime } from '../../../../tooling/runtime.ts';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@sixstep/db';
import { baseUrl, createBenchDatabase, type BenchDatabase } from '../bench-database';
import { describeMachine } from '../machine';
import { signInAll } from '../session';
import { trpcMutation } from '../trpc-http';
import { distDir, ensureBuild, startWebServer, webDir, type RunningServer } from '../web-server';
import { adminUser } from './admin-user';
import { replaceBlock } from './benchmarks-block';
import { clientUser } from './client-user';
import { coachUser } from './coach-user';
import { loadFixture, PASSWORD } from './fixture';
import { httpClient, type HttpClient } from './http';
import { Ledger } from './ledger';
import { cpuSeconds } from './process-cpu';
import { clientUsers, readLoadOptions } from './options';
import { Recorder } from './recorder';
import { renderMixedLoad, totalErrors, totalLost } from './report';
import { runUsers, thinkTime } from './runner';
import { verifyWrites } from './verify';
import type { LoadContext, VirtualUser } from './virtual-user';

const log = (line: string) => console.log(`[bench:load] ${line}`);
const round2 = (n: number) => Math.round(n * 100) / 100;

function gitHead(): string {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

/** The existing production build when there is one (never rebuilt here), else a build of its own. */
function chooseBuild(): void {
  if (process.env.BENCH_NEXT_DIST_DIR) return;
  process.env.BENCH_NEXT_DIST_DIR = existsSync(path.join(webDir(), '.next/BUILD_ID'))
    ? '.next'
    : '.next-load';
}

async function main(): Promise<number> {
  log(`runtime: ${describeRuntime()}`);
  const options = readLoadOptions();
  const today = new Date().toISOString().slice(0, 10);
  const head = gitHead();
  let db: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  let http: HttpClient | undefined;
  const stop = async () => {
    await http?.close().catch(() => {});
    await server?.stop();
    await db?.drop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    db = await createBenchDatabase(baseUrl(), 'sixstep_load');
    log(`database ${db.name}`);
    const fixture = await loadFixture(db.sql, options, today);
    log(
      `loaded ${fixture.coaches.length} coaches × ${options.clientsPerCoach} clients, ${options.historyDays} days of history`,
    );

    chooseBuild();
    ensureBuild(log);
    const buildIdFile = path.join(webDir(), distDir(), 'BUILD_ID');
    const build = `${distDir()} ${readFileSync(buildIdFile, 'utf8').trim()}, built ${statSync(buildIdFile).mtime.toISOString().slice(0, 16)}Z`;
    server = await startWebServer(db.url, options.port ?? undefined);
    log(`server ${server.baseUrl} (pid ${server.pid}, Node ${server.nodeVersion}, ${build})`);

    const coachAccounts = fixture.coaches.map((c) => c.coachEmail);
    log(
      `signing in ${fixture.clients.length} clients, ${coachAccounts.length} coaches and the admin over HTTP …`,
    );
    const clientCookies = await signInAll(
      server.baseUrl,
      fixture.clients.map((c) => c.email),
      PASSWORD,
    );
    const coachCookies = await signInAll(server.baseUrl, coachAccounts, PASSWORD);
    const [adminCookie] = await signInAll(server.baseUrl, [fixture.adminEmail], PASSWORD);

    // The exercises the admins will edit, made the way the admin page makes them.
    const edited: string[] = [];
    for (let i = 0; i < options.editedExercises; i++) {
      const created = (await trpcMutation(server.baseUrl, adminCookie!, 'catalog.create', {
        slug: `load-edited-${i}`,
        name: `Load drill ${i}`,
        category: 'strength',
        muscles: ['back'],
      })) as { id: string };
      edited.push(created.id);
    }
    const pool = [...edited];

    http = httpClient(options.users + 8, options.timeoutMs);
    const recorder = new Recorder();
    const ledger = new Ledger();
    const ctx: LoadContext = { baseUrl: server.baseUrl, http, recorder, ledger, today };
    const think = thinkTime(options.thinkMs);
    const strengthIds = fixture.catalog.strength.slice(0, 3).map((e) => e.id);
    const users: VirtualUser[] = [
      ...fixture.clients.map((c, i) =>
        clientUser(ctx, { id: c.id, cookie: clientCookies[i]!, label: `c${i}` }, strengthIds),
      ),
      ...Array.from({ length: options.coachUsers }, (_, i) => {
        const coach = i % fixture.coaches.length;
        return coachUser(
          ctx,
          { cookie: coachCookies[coach]!, clients: fixture.coaches[coach]!.clientIds.length },
          think,
        );
      }),
      ...Array.from({ length: options.adminUsers }, (_, i) =>
        adminUser(ctx, { cookie: adminCookie!, label: `a${i}` }, pool),
      ),
    ];

    const machine = await describeMachine(db.sql);
    log(
      `running ${users.length} users for ${options.seconds} s (load average ${machine.loadAverage} on ${machine.cpus} cores) …`,
    );
    const cpuBefore = cpuSeconds(server.pid);
    const run = await runUsers(users, options.seconds, think);
    const cpuAfter = cpuSeconds(server.pid);
    const wall = run.seconds + run.drainSeconds;
    const cores =
      cpuBefore && cpuAfter
        ? {
            server: round2((cpuAfter.server - cpuBefore.server) / wall),
            postgres: round2((cpuAfter.postgres - cpuBefore.postgres) / wall),
            machine: round2((cpuAfter.machine - cpuBefore.machine) / wall),
          }
        : null;
    log(
      `done: ${run.steps} steps, load average mean ${run.loadAverage.mean}, max ${run.loadAverage.max}; verifying writes …`,
    );

    const checks = await verifyWrites(
      db.sql,
      ledger,
      fixture.clients.map((c) => c.id),
      edited,
    );
    const results = {
      date: new Date().toISOString(),
      machine,
      options,
      mix: {
        clients: clientUsers(options),
        coaches: options.coachUsers,
        admins: options.adminUsers,
      },
      accounts: {
        coaches: fixture.coaches.length,
        clientsPerCoach: options.clientsPerCoach,
        historyDays: options.historyDays,
      },
      build,
      head,
      run,
      cores,
      peakInFlight: http.peakInFlight(),
      kinds: recorder.kinds,
      checks,
      staleRefusals: ledger.staleRefusals,
    };
    const block = renderMixedLoad(results);
    console.log(block);
    if (options.out) {
      // Read just before writing: `pnpm bench` may have rewritten the rest of the file meanwhile.
      const target = path.resolve(workspaceRoot(), options.out);
      writeFileSync(
        target,
        replaceBlock(existsSync(target) ? readFileSync(target, 'utf8') : '', block),
      );
      log(`wrote the mixed-load block of ${target}`);
    }
    const errors = totalErrors(results);
    const lost = totalLost(results);
    log(`${errors} errors, ${lost} lost or wrong writes`);
    return errors === 0 && lost === 0 ? 0 : 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
