import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompleteDayLog, WorkoutInput } from '@sixstep/domain';
import { DEMO_CLIENTS, DEMO_PASSWORD, dayLogs, exercises, users, workoutLogs } from '@sixstep/db';
import { randomAuthSecret, type RunningServer } from '../../../tooling/production-server.ts';
import { signInOrFail, trpcMutation } from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { exitOf, startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres) announceSkip('crash safety (apps/web/ops/crash-safety.ops.test.ts)');

/** Concurrent writers, each signed in as its own demo client. */
const WRITERS = 6;
/** The server is killed once this many writes were acknowledged, while the writers keep going. */
const KILL_AFTER_ACKS = 400;
/** Upper bound per writer, so the loop ends even if the kill never came. */
const MAX_WRITES_PER_WRITER = 2000;

type Write =
  | { procedure: 'logs.addWorkout'; clientEmail: string; input: WorkoutSent }
  | { procedure: 'logs.upsertDay'; clientEmail: string; input: DaySent };
type WorkoutSent = WorkoutInput;
type DaySent = CompleteDayLog;

/** Day i of a writer's own run of past dates (two years back, one date per day-log write). */
const dayOf = (i: number) =>
  new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** The n-th write of a writer: workouts and day logs in turn, every field set, values that differ per write. */
function makeWrite(
  clientEmail: string,
  writer: number,
  n: number,
  strengthExerciseId: string,
  run: string,
): Write {
  const i = Math.floor(n / 2);
  if (n % 2 === 1) {
    return {
      procedure: 'logs.upsertDay',
      clientEmail,
      input: {
        date: dayOf(i),
        calories: 1200 + ((writer * 37 + i) % 900),
        meals: 3 + (i % 3),
        proteinMeals: 2 + (i % 2),
        fatServings: i % 5,
        vegServings: 4 + (i % 6),
        treats: 1 + (i % 2),
        plannedTreats: 1,
        weightKg: 60 + ((writer + i) % 40) + 0.5,
        note: `crash run ${run} writer ${writer} day ${i} ✓`,
      },
    };
  }
  const key = `crash-${run}-${writer}-${i}`;
  const input: WorkoutSent =
    i % 2 === 0
      ? {
          key,
          date: dayOf(i),
          kind: 'strength',
          exerciseId: strengthExerciseId,
          sets: [
            { reps: 8 + (i % 5), loadKg: 20 + (i % 7) * 2.5 },
            { reps: 6, loadKg: 30 },
          ],
        }
      : {
          key,
          date: dayOf(i),
          kind: 'cardio',
          minutes: 10 + (i % 50),
          activity: `Rowing ${writer}-${i}`,
        };
  return { procedure: 'logs.addWorkout', clientEmail, input };
}

describe.skipIf(!postgres)('crash safety: SIGKILL while logs are being written', () => {
  let data: OpsDatabase;
  let server: RunningServer | undefined;
  let restarted: RunningServer | undefined;
  const authSecret = randomAuthSecret();

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'crash');
  });

  afterAll(async () => {
    await stopAll([server, restarted]);
    await data?.drop();
  });

  it('keeps every acknowledged write exactly once and complete; retries of the rest store them once', async () => {
    const start = () => startOpsServer({ databaseUrl: data.url, authSecret });
    server = await start();
    const [strength] = (await data.database.db.select().from(exercises)).filter(
      (e) => e.category === 'strength',
    );
    const clients = DEMO_CLIENTS.slice(0, WRITERS).map((c) => c.email);
    const cookies = new Map<string, string>();
    for (const email of clients)
      cookies.set(email, await signInOrFail(server.baseUrl, email, DEMO_PASSWORD));
    const run = randomBytes(3).toString('hex');

    const acknowledged: Write[] = [];
    const unacknowledged: Write[] = [];
    const refused: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      const email = clients[w]!;
      // Every writer goes on until a write of its own goes unanswered, so each one ends with a write
      // the kill cut off (in flight, or sent to the dead server) whatever the timing of the kill.
      for (let n = 0; n < MAX_WRITES_PER_WRITER; n += 1) {
        const write = makeWrite(email, w, n, strength!.id, run);
        let answer;
        try {
          answer = await trpcMutation(
            server!.baseUrl,
            cookies.get(email)!,
            write.procedure,
            write.input,
          );
        } catch {
          // Sent but never answered: the kill may have come before or after the write was stored.
          unacknowledged.push(write);
          return;
        }
        if (answer.status !== 200) {
          refused.push(
            `${write.procedure} answered HTTP ${answer.status} (${answer.errorCode ?? 'no code'})`,
          );
          return;
        }
        acknowledged.push(write);
        if (acknowledged.length === KILL_AFTER_ACKS) {
          killed = true;
          server!.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    expect(refused, 'writes the server answered with an error').toEqual([]);
    expect(killed, 'the server was killed mid-stream').toBe(true);
    expect(await exitOf(server.child)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(unacknowledged.length, 'writes cut off by the kill, one per writer').toBe(WRITERS);

    const keysStoredBeforeRetry = new Set(
      (await data.database.db.select().from(workoutLogs)).map((row) => row.idempotencyKey),
    );
    const cutOffButStored = unacknowledged.filter(
      (w) => w.procedure === 'logs.addWorkout' && keysStoredBeforeRetry.has(w.input.key),
    ).length;

    restarted = await start();
    // The same keys and values again, as a client whose request failed would send them.
    for (const write of unacknowledged) {
      const answer = await trpcMutation(
        restarted.baseUrl,
        cookies.get(write.clientEmail)!,
        write.procedure,
        write.input,
      );
      expect(answer.status, `${write.procedure} retried after the restart`).toBe(200);
    }

    const ids = new Map((await data.database.db.select().from(users)).map((u) => [u.email, u.id]));
    const storedWorkouts = (await data.database.db.select().from(workoutLogs)).filter((row) =>
      row.idempotencyKey.startsWith(`crash-${run}-`),
    );
    const storedDays = await data.database.db.select().from(dayLogs);
    const everyWrite = [...acknowledged, ...unacknowledged];
    const sentWorkouts = everyWrite.filter((w) => w.procedure === 'logs.addWorkout');
    // None twice, none extra: one row per key sent.
    expect(storedWorkouts).toHaveLength(sentWorkouts.length);

    for (const write of everyWrite) {
      const clientId = ids.get(write.clientEmail);
      if (write.procedure === 'logs.addWorkout') {
        const rows = storedWorkouts.filter(
          (row) => row.idempotencyKey === write.input.key && row.clientId === clientId,
        );
        expect(rows, `workout ${write.input.key}`).toHaveLength(1);
        const { key: _key, ...fields } = write.input;
        expect(rows[0]).toMatchObject({
          ...fields,
          exerciseId: fields.exerciseId ?? null,
          sets: fields.sets ?? [],
          minutes: fields.minutes ?? null,
          activity: fields.activity ?? null,
        });
      } else {
        const rows = storedDays.filter(
          (row) => row.clientId === clientId && row.date === write.input.date,
        );
        expect(rows, `day log ${write.clientEmail} ${write.input.date}`).toHaveLength(1);
        expect(rows[0]).toMatchObject(write.input);
      }
    }
    console.log(
      `crash safety: ${acknowledged.length} writes acknowledged before SIGKILL, ${unacknowledged.length} cut off ` +
        `(${cutOffButStored} workouts of them already stored) and retried; ` +
        `${everyWrite.length} checked in the database (${sentWorkouts.length} workouts, ${everyWrite.length - sentWorkouts.length} day logs)`,
    );
  });
});
