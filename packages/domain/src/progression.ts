import type { IsoDate } from './dates';

/**
 * The ladder toward a full pull-up, easiest rung first (catalog slugs). The catalog
 * links each rung to the next; this list is the seed's source for those links.
 */
export const PULL_UP_LADDER = [
  'cable-lat-pulldown',
  'assisted-pull-up',
  'negative-pull-up',
  'chin-up',
  'pull-up',
] as const;
export type PullUpRung = (typeof PULL_UP_LADDER)[number];

/** How many most recent sessions must be complete before moving up a rung. */
export const SESSIONS_TO_PROGRESS = 2;

export interface LoggedSession {
  date: IsoDate;
  sets: ReadonlyArray<{ reps: number }>;
}

export interface Prescription {
  sets: number;
  reps: number;
}

/**
 * One exercise's sessions from logged strength workouts: a session is a day, so sets of the
 * exercise logged in several workouts on one day add up.
 */
export function strengthSessionsOf(
  workouts: ReadonlyArray<{
    date: IsoDate;
    exerciseId: string | null;
    sets: ReadonlyArray<{ reps: number }>;
  }>,
  exerciseId: string,
): LoggedSession[] {
  const sessions = new Map<IsoDate, { reps: number }[]>();
  for (const w of workouts)
    if (w.exerciseId === exerciseId)
      sessions.set(w.date, [...(sessions.get(w.date) ?? []), ...w.sets]);
  return [...sessions].map(([date, sets]) => ({ date, sets }));
}

/** A session is complete when at least the prescribed number of sets reached the prescribed reps. */
export function isCompleteSession(prescription: Prescription, session: LoggedSession): boolean {
  return session.sets.filter((s) => s.reps >= prescription.reps).length >= prescription.sets;
}

/**
 * The harder exercise to suggest, once the client completed the prescription in each of
 * their two most recent sessions of this exercise; null otherwise (or when there is no
 * harder rung). `sessions` are that exercise's sessions, in any order.
 */
export function suggestNextRung({
  prescription,
  sessions,
  harderExerciseId,
}: {
  prescription: Prescription;
  sessions: ReadonlyArray<LoggedSession>;
  harderExerciseId: string | null;
}): string | null {
  if (harderExerciseId === null || sessions.length < SESSIONS_TO_PROGRESS) return null;
  const latest = [...sessions]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, SESSIONS_TO_PROGRESS);
  return latest.every((s) => isCompleteSession(prescription, s)) ? harderExerciseId : null;
}
