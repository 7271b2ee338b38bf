import type { ProgramTargets } from '@sixstep/domain';

/**
 * The step targets every journey assigns, written out (they equal today's template defaults) so
 * the scores a journey expects follow from this file alone, not from the template an admin may
 * have edited in another journey.
 */
export const JOURNEY_PROGRAM: ProgramTargets = {
  strength: { sessionsPerWeek: 3, minSessionsPerWeek: 2, setsPerExercise: 3, repsPerSet: 12 },
  cardio: { sessionsPerWeek: 4, minSessionsPerWeek: 3, minutesPerSession: 30 },
  hiit: { sessionsPerWeek: 2, minMinutes: 15, maxMinutes: 20 },
  food: { proteinEveryMeal: true, fatServingsMin: 2, fatServingsMax: 3, vegServingsMin: 2 },
  treats: { allowancePerWeek: 2 },
};
