import type { ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../../../tooling/production-server.ts';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build under test: E2E_DIST_DIR as for the journeys, else .next. */
export const distDir = process.env.E2E_DIST_DIR ?? '.next';

/** A port nobody listens on now, from the OS, so parallel runs on one machine never meet. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A production server of the build under test on the given PostgreSQL database. */
export async function startOpsServer(options: {
  databaseUrl: string;
  authSecret?: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const server = await startServer({
    appDir,
    distDir,
    port: await freePort(),
    databaseEnv: { DATABASE_URL: options.databaseUrl },
    authSecret: options.authSecret,
    env: options.env,
  });
  console.log(
    `ops: server ${server.baseUrl} (pid ${server.child.pid ?? '?'}, Node ${server.nodeVersion})`,
  );
  return server;
}

/** Stops every server given, and waits for all, even if some were already gone. */
export async function stopAll(servers: Array<RunningServer | undefined>) {
  await Promise.all(
    servers.filter((server) => server !== undefined).map((server) => server.stop()),
  );
}

/** A date the server never treats as in the future: UTC yesterday, `daysAgo` days further back. */
export function pastDate(daysAgo = 0): string {
  const date = new Date(Date.now() - (1 + daysAgo) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** How the server process ended, once it has. */
export function exitOf(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
