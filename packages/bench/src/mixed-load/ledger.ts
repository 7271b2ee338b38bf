import type { CompleteDayLog } from '@sixstep/domain';

/**
 * Every write the server acknowledged during the run, kept the way the user sent it, so the
 * database can be checked afterwards: each one there once, with these values. A write whose last
 * attempt failed may or may not have been applied; it is kept as "uncertain", not judged.
 */

export type DayLogValues = Omit<CompleteDayLog, 'date'>;

export interface WorkoutValues {
  date: string;
  kind: 'strength' | 'cardio' | 'hiit';
  exerciseId: string | null;
  sets: Array<{ reps: number; loadKg: number | null }>;
  minutes: number | null;
  activity: string | null;
  intervals: number | null;
}

export interface ExerciseValues {
  name: string;
  instructions: string;
  difficulty: number;
  muscles: string[];
}

interface DayLogEntry {
  clientId: string;
  date: string;
  /** The last acknowledged values: each upsert sends every field, so the last one is the row. */
  acked: DayLogValues | null;
  acks: number;
  /** The latest attempt failed: the row holds it or an earlier one. */
  uncertain: boolean;
}

interface WorkoutEntry {
  clientId: string;
  key: string;
  id: string | null;
  values: WorkoutValues;
  /** Acknowledgements of this key (a retry with the same key must answer the same id). */
  acks: number;
}

export class Ledger {
  readonly dayLogs = new Map<string, DayLogEntry>();
  readonly workouts = new Map<string, WorkoutEntry>();
  /** Retries answered with another workout than the first send: a duplicate. */
  retryMismatches: string[] = [];
  /** Acknowledged catalog updates: the version the server answered, and what was sent. */
  readonly catalogUpdates: Array<{ exerciseId: string; version: number; values: ExerciseValues }> =
    [];
  readonly catalogCreates: Array<{ exerciseId: string; slug: string; values: ExerciseValues }> = [];
  /** Exercises with an update or create whose answer never came: their versions are not judged. */
  readonly uncertainExercises = new Set<string>();
  uncertainCreates = 0;
  /** Updates refused as stale (CONFLICT): someone else's edit came first; nothing was written. */
  staleRefusals = 0;

  dayLog(clientId: string, date: string, values: DayLogValues, acknowledged: boolean): void {
    const key = `${clientId}|${date}`;
    const entry = this.dayLogs.get(key) ?? {
      clientId,
      date,
      acked: null,
      acks: 0,
      uncertain: false,
    };
    if (acknowledged) {
      entry.acked = values;
      entry.acks++;
      entry.uncertain = false;
    } else entry.uncertain = true;
    this.dayLogs.set(key, entry);
  }

  workout(clientId: string, key: string, values: WorkoutValues, answeredId: string | null): void {
    const id = `${clientId}|${key}`;
    const entry = this.workouts.get(id);
    if (!entry) {
      this.workouts.set(id, { clientId, key, id: answeredId, values, acks: answeredId ? 1 : 0 });
      return;
    }
    if (answeredId === null) return;
    if (entry.id !== null && entry.id !== answeredId)
      this.retryMismatches.push(`${key}: ${entry.id} then ${answeredId}`);
    entry.id ??= answeredId;
    entry.acks++;
  }
}
