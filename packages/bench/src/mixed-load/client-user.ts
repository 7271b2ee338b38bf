import { randomUUID } from 'node:crypto';
import { addDays } from '@sixstep/domain';
import type { DayLogValues, WorkoutValues } from './ledger';
import { trpcClient } from './trpc-client';
import { between, pick, type LoadContext, type VirtualUser } from './virtual-user';

/** Days back a client fills in: today and the two weeks before (people catch up on missed days). */
const DAYS_BACK = 13;
/** Share of workouts sent twice with the same key, as a phone retrying after a lost answer does. */
const RETRY_SHARE = 0.1;

/**
 * A client logging: a day's diary (every field, so the last save is the whole row) or a workout
 * with a fresh idempotency key, sometimes sent again with the same key.
 */
export function clientUser(
  ctx: LoadContext,
  client: { id: string; cookie: string; label: string },
  strengthIds: readonly string[],
): VirtualUser {
  const trpc = trpcClient(ctx.http, ctx.baseUrl, client.cookie);
  let seq = 0;

  async function logDay() {
    const date = addDays(ctx.today, -between(0, DAYS_BACK));
    const meals = between(3, 5);
    const treats = between(0, 2);
    const values: DayLogValues = {
      calories: between(1200, 2600),
      meals,
      proteinMeals: between(0, meals),
      fatServings: between(0, 4),
      vegServings: between(0, 6),
      treats,
      plannedTreats: between(0, treats),
      weightKg: between(550, 1100) / 10,
      note: `mixed-load ${client.label} #${seq}`,
    };
    try {
      await ctx.recorder.time('client · logs.upsertDay', () =>
        trpc.mutation('logs.upsertDay', { date, ...values }),
      );
    } catch (error) {
      ctx.ledger.dayLog(client.id, date, values, false);
      throw error;
    }
    ctx.ledger.dayLog(client.id, date, values, true);
  }

  function workoutValues(): WorkoutValues {
    const date = addDays(ctx.today, -between(0, DAYS_BACK));
    const kind = pick(['strength', 'cardio', 'hiit'] as const);
    if (kind === 'strength') {
      const loadKg = between(8, 24) * 2.5;
      return {
        date,
        kind,
        exerciseId: pick(strengthIds),
        sets: Array.from({ length: between(2, 4) }, () => ({ reps: between(6, 12), loadKg })),
        minutes: null,
        activity: null,
        intervals: null,
      };
    }
    return {
      date,
      kind,
      exerciseId: null,
      sets: [],
      minutes: kind === 'cardio' ? between(20, 60) : between(10, 25),
      activity: kind === 'cardio' ? pick(['rowing', 'cycling', 'brisk walk']) : 'running intervals',
      intervals: kind === 'hiit' ? between(4, 12) : null,
    };
  }

  async function logWorkout() {
    const key = randomUUID();
    const values = workoutValues();
    const input = {
      key,
      date: values.date,
      kind: values.kind,
      ...(values.exerciseId ? { exerciseId: values.exerciseId, sets: values.sets } : {}),
      ...(values.minutes !== null
        ? { minutes: values.minutes, activity: values.activity ?? undefined }
        : {}),
      ...(values.intervals !== null ? { intervals: values.intervals } : {}),
    };
    const send = async (kind: string) => {
      try {
        const stored = await ctx.recorder.time(kind, () =>
          trpc.mutation<{ id: string }>('logs.addWorkout', input),
        );
        ctx.ledger.workout(client.id, key, values, stored.id);
      } catch (error) {
        ctx.ledger.workout(client.id, key, values, null);
        throw error;
      }
    };
    await send('client · logs.addWorkout');
    if (Math.random() < RETRY_SHARE) await send('client · logs.addWorkout (same key again)');
  }

  return {
    role: 'client',
    async step() {
      seq++;
      await (Math.random() < 0.55 ? logDay() : logWorkout());
    },
  };
}
