import type { StepId } from './program';

/** What every screen calls each step. */
export const STEP_LABELS: Readonly<Record<StepId, string>> = {
  strength: 'Strength',
  cardio: 'Cardio',
  hiit: 'HIIT',
  calories: 'Calories',
  food: 'Food',
  treats: 'Treats',
};

/** The steps a single day can meet (treats are judged over the week). */
export const DAILY_STEPS = [
  'strength',
  'cardio',
  'hiit',
  'calories',
  'food',
] as const satisfies ReadonlyArray<StepId>;

/** "63%", or "–" when nothing counted yet. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}
