import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, workoutLogs } from '@sixstep/db';
import type { RunningServer } from '../../../tooling/production-server.ts';
import { holdMutation, probeNewConnection } from './support/held-request';
import { signInOrFail } from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { exitOf, pastDate, startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres) announceSkip('graceful shutdown (apps/web/ops/graceful-shutdown.ops.test.ts)');

/** Requests the server has taken in when SIGTERM arrives. */
const IN_FLIGHT = 12;

const workout = (key: string) => ({
  key,
  date: pastDate(),
  kind: 'cardio',
  minutes: 31,
  activity: 'Shutdown cycling',
});

/** Tries new connections until one is refused (the listener closed), a bounded number of times. */
async function untilRefused(baseUrl: string): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if ((await probeNewConnection(baseUrl)) === 'refused') return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe.skipIf(!postgres)('graceful shutdown of the production server', () => {
  let data: OpsDatabase;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'sigterm');
  });

  afterAll(async () => {
    await stopAll([server]);
    await data?.drop();
  });

  it('on SIGTERM refuses new connections, finishes and stores the requests in flight, closes the pool and exits 0', async () => {
    server = await startOpsServer({ databaseUrl: data.url });
    const cookie = await signInOrFail(server.baseUrl, 'client@sixstep.test', DEMO_PASSWORD);
    const run = randomBytes(4).toString('hex');
    const keys = Array.from({ length: IN_FLIGHT }, (_, i) => `sigterm-${run}-${i}`);
    const held = keys.map((key) =>
      holdMutation(server!.baseUrl, cookie, 'logs.addWorkout', workout(key)),
    );
    await Promise.all(held.map((h) => h.accepted));

    server.child.kill('SIGTERM');
    expect(await untilRefused(server.baseUrl), 'new connections refused after SIGTERM').toBe(true);
    expect(server.child.exitCode, 'still running while requests are in flight').toBeNull();

    for (const h of held) h.finish();
    const answers = await Promise.all(held.map((h) => h.response));
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    expect(
      answers.map(
        (a) =>
          (JSON.parse(a.body) as { result: { data: { json: { key: string } } } }).result.data.json
            .key,
      ),
    ).toEqual(keys);

    expect(await exitOf(server.child)).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain(`waiting for ${IN_FLIGHT} request(s) in flight`);
    expect(server.output()).toContain('requests drained, database closed');

    const stored = (await data.database.db.select().from(workoutLogs)).filter((row) =>
      row.idempotencyKey.startsWith(`sigterm-${run}-`),
    );
    expect(stored.map((row) => row.idempotencyKey).sort()).toEqual([...keys].sort());
    console.log(
      `graceful shutdown: ${IN_FLIGHT} requests in flight at SIGTERM, ${answers.length} answered 200 and stored`,
    );
  });

  it('a request that never finishes does not hold the shutdown past SHUTDOWN_GRACE_MS: cut, exit 1', async () => {
    server = await startOpsServer({ databaseUrl: data.url, env: { SHUTDOWN_GRACE_MS: '1500' } });
    const cookie = await signInOrFail(server.baseUrl, 'client@sixstep.test', DEMO_PASSWORD);
    const stuck = holdMutation(
      server.baseUrl,
      cookie,
      'logs.addWorkout',
      workout(`sigterm-stuck-${randomBytes(4).toString('hex')}`),
    );
    await stuck.accepted;

    server.child.kill('SIGTERM');
    await expect(stuck.response).rejects.toThrow();
    expect(await exitOf(server.child)).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain('still running after 1500 ms');
  });
});
