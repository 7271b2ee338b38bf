import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE } from '@sixstep/api';
import { DEMO_PASSWORD, loginAttempts, workoutLogs } from '@sixstep/db';
import { randomAuthSecret, type RunningServer } from '../../../tooling/production-server.ts';
import {
  signInOrFail,
  signInOverHttp,
  trpcMutation,
  trpcQuery,
} from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { pastDate, startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres) announceSkip('two instances, one database (apps/web/ops/two-instances.ops.test.ts)');

const CLIENT = 'client@sixstep.test';
/** Only this file signs in as this account, so the throttle's count is ours alone. */
const THROTTLED = 'coach2@sixstep.test';

describe.skipIf(!postgres)('two production instances on one PostgreSQL database', () => {
  let data: OpsDatabase;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'pair');
    // One secret for both, as behind a load balancer; nothing else is shared but the database.
    const authSecret = randomAuthSecret();
    [a, b] = await Promise.all([
      startOpsServer({ databaseUrl: data.url, authSecret }),
      startOpsServer({ databaseUrl: data.url, authSecret }),
    ]);
  });

  afterAll(async () => {
    await stopAll([a, b]);
    await data?.drop();
  });

  it('each instance reports itself healthy, database included, without a session', async () => {
    for (const instance of [a, b]) {
      const health = await fetch(`${instance.baseUrl}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    }
  });

  it('a session made on A works on B, for the API and for a page', async () => {
    const cookie = await signInOrFail(a.baseUrl, CLIENT, DEMO_PASSWORD);

    const me = await trpcQuery<{ email: string; role: string }>(b.baseUrl, cookie, 'auth.me');
    expect(me.status).toBe(200);
    expect(me.data).toMatchObject({ email: CLIENT, role: 'client' });
    const today = await trpcQuery(b.baseUrl, cookie, 'plan.today', {});
    expect(today.status).toBe(200);

    const page = await fetch(`${b.baseUrl}/today`, { headers: { cookie }, redirect: 'manual' });
    expect(page.status).toBe(200);
    // Without the cookie B sends the visitor to sign in: the page above was served on the session.
    const anonymous = await fetch(`${b.baseUrl}/today`, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toContain('/login');
    expect((await trpcQuery(b.baseUrl, '', 'auth.me')).errorCode).toBe('UNAUTHORIZED');
  });

  it('the sign-in throttle counts failed attempts made on either instance', async () => {
    // The right password works on both to begin with.
    expect(
      (await signInOverHttp(b.baseUrl, THROTTLED, DEMO_PASSWORD)).sessionCookie,
    ).not.toBeNull();

    const instances = [a, b];
    for (let i = 0; i < THROTTLE.perAddress; i += 1) {
      const attempt = await signInOverHttp(
        instances[i % 2]!.baseUrl,
        THROTTLED,
        `wrong-password-${i}`,
      );
      expect(attempt.sessionCookie).toBeNull();
    }
    // Neither instance alone saw enough failures to lock the address; together they did.
    for (const instance of instances) {
      const refused = await signInOverHttp(instance.baseUrl, THROTTLED, DEMO_PASSWORD);
      expect(
        refused.sessionCookie,
        `right password on ${instance.baseUrl} after the lock`,
      ).toBeNull();
    }

    const attempts = (await data.database.db.select().from(loginAttempts)).filter(
      (row) => row.email === THROTTLED,
    );
    expect(attempts).toHaveLength(1 + THROTTLE.perAddress + 2);
    expect(attempts.filter((row) => row.succeeded)).toHaveLength(1);
  });

  it('one idempotency key sent to both instances, in turn and at once, stores one workout', async () => {
    const cookie = await signInOrFail(a.baseUrl, CLIENT, DEMO_PASSWORD);
    const workout = (key: string) => ({
      key,
      date: pastDate(),
      kind: 'cardio',
      minutes: 27,
      activity: 'Two-instance rowing',
    });
    type Stored = { id: string; key: string; minutes: number };

    const inTurn = `pair-turn-${randomBytes(6).toString('hex')}`;
    const first = await trpcMutation<Stored>(a.baseUrl, cookie, 'logs.addWorkout', workout(inTurn));
    const second = await trpcMutation<Stored>(
      b.baseUrl,
      cookie,
      'logs.addWorkout',
      workout(inTurn),
    );
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.data!.id).toBe(first.data!.id);

    const atOnce = `pair-race-${randomBytes(6).toString('hex')}`;
    const racing = await Promise.all(
      [a, b, a, b, a, b].map((instance) =>
        trpcMutation<Stored>(instance.baseUrl, cookie, 'logs.addWorkout', workout(atOnce)),
      ),
    );
    expect(racing.map((r) => r.status)).toEqual(racing.map(() => 200));
    expect(new Set(racing.map((r) => r.data!.id)).size).toBe(1);

    const rows = await data.database.db.select().from(workoutLogs);
    for (const key of [inTurn, atOnce]) {
      const stored = rows.filter((row) => row.idempotencyKey === key);
      expect(stored, `rows stored for key ${key}`).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        kind: 'cardio',
        minutes: 27,
        activity: 'Two-instance rowing',
        date: pastDate(),
      });
    }
  });
});
