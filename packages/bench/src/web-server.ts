import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { workspaceRoot } from '@sixstep/db';
import { startServer } from '../../../tooling/production-server.ts';

export const webDir = () => path.join(workspaceRoot(), 'apps/web');
/**
 * The Next.js build folder the bench builds, starts and weighs: BENCH_NEXT_DIST_DIR, else the
 * NEXT_DIST_DIR the app itself honours, else .next-bench (kept apart from other builds).
 */
export const distDir = () =>
  process.env.BENCH_NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next-bench';

/** Builds the web app when its build folder has no BUILD_ID, or always with BENCH_REBUILD=1. */
export function ensureBuild(log: (line: string) => void): void {
  const buildId = path.join(webDir(), distDir(), 'BUILD_ID');
  if (existsSync(buildId) && process.env.BENCH_REBUILD !== '1') {
    log(`using the existing production build (${distDir()}/BUILD_ID); BENCH_REBUILD=1 rebuilds`);
    return;
  }
  log('building the web app (pnpm --filter @sixstep/web build) …');
  const result = spawnSync('pnpm', ['--filter', '@sixstep/web', 'build'], {
    cwd: workspaceRoot(),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir() },
  });
  if (result.status !== 0) throw new Error(`web build failed (exit ${String(result.status)})`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** The Node the server runs on, from its ready line. */
  nodeVersion: string;
  stop(): Promise<void>;
}

/** Polls `url` until it answers at all (any status), or fails after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  child: ChildProcess,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (code ${child.exitCode})`);
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Stops a child started in its own process group (the group holds next's workers too). */
export function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** The production server (apps/web/server/start.mjs, as `pnpm start`) on `fixedPort`, else a free port, against the bench database. */
export async function startWebServer(
  databaseUrl: string,
  fixedPort?: number,
): Promise<RunningServer> {
  const server = await startServer({
    appDir: webDir(),
    distDir: distDir(),
    port: fixedPort ?? (await freePort()),
    databaseEnv: { DATABASE_URL: databaseUrl },
  });
  return {
    baseUrl: server.baseUrl,
    pid: server.child.pid!,
    nodeVersion: server.nodeVersion,
    stop: () => server.stop(),
  };
}
