/** Bounds of logged values; apart from the schemas in logs.ts so that browser code using them ships no zod. */
export const DAY_LOG_LIMITS = {
  calories: 10_000,
  meals: 12,
  fatServings: 20,
  vegServings: 30,
  treats: 30,
  noteLength: 2000,
} as const;

/** Workouts one client may log on one day: far above any real day, a ceiling against floods. */
export const WORKOUTS_PER_DAY_MAX = 50;

export const WORKOUT_LIMITS = {
  sets: 20,
  reps: 200,
  loadKg: 500,
  minutes: 600,
  activityLength: 60,
  intervals: 100,
} as const;
