import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The production server of apps/web (server/start.mjs) for the browser journeys, the operations
// tests and the benchmarks.

export interface ServerOptions {
  /** apps/web */
  appDir: string;
  /** The Next.js build folder, relative to appDir ('.next' unless E2E_DIST_DIR says otherwise). */
  distDir: string;
  port: number;
  /** DATABASE_URL or SIXSTEP_DATA_DIR. */
  databaseEnv: Record<string, string>;
  /** Instances that must accept each other's sessions share one; a fresh random one otherwise. */
  authSecret?: string;
  /** More environment for the server (e.g. AUTH_URL), applied last. */
  env?: Record<string, string>;
}

export interface RunningServer {
  baseUrl: string;
  /** The server process (server/start.mjs), for tests that signal it themselves. */
  child: ChildProcess;
  /** The last 20 kB the server printed. */
  output(): string;
  stop(): Promise<void>;
}

/** A secret for AUTH_SECRET: 48 random characters. */
export const randomAuthSecret = () => randomBytes(36).toString('base64url');

export function assertProductionBuild(appDir: string, distDir: string) {
  if (!existsSync(path.join(appDir, distDir, 'BUILD_ID')))
    throw new Error(
      `No production build in apps/web/${distDir} (BUILD_ID missing): run pnpm build first ` +
        '(the end-to-end journeys run against the production build).',
    );
}

async function waitUntilAnswering(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    // Until our own process says it listens, an answer could come from another server on the port.
    const listening = output().includes(`(pid ${child.pid ?? 'unknown'})`);
    try {
      if (!listening) throw new Error('not listening yet');
      const response = await fetch(`${baseUrl}/login`, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `the server did not answer on ${baseUrl} within ${timeoutMs / 1000}s:\n${output()}`,
  );
}

/** The production server (server/start.mjs, as `pnpm start`) of the build, on the run's own database. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  assertProductionBuild(options.appDir, options.distDir);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const authSecret = options.authSecret ?? randomAuthSecret();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: 'production',
    AUTH_SECRET: authSecret,
    // Required in production; derived from the secret so instances sharing one share this too.
    TOTP_ENCRYPTION_KEY: createHash('sha256').update(`totp:${authSecret}`).digest('base64'),
    APP_URL: baseUrl,
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.databaseEnv,
    ...options.env,
  };
  const child = spawn(
    process.execPath,
    ['server/start.mjs', '-p', String(options.port), '-H', '127.0.0.1'],
    {
      cwd: options.appDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });

  try {
    await waitUntilAnswering(baseUrl, child, () => log, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, child, output: () => log, stop };
}
