import type { StepId } from '@sixstep/domain';

export const STEP_LABELS: Record<StepId, string> = {
  strength: 'Strength',
  cardio: 'Cardio',
  hiit: 'HIIT',
  calories: 'Calories',
  food: 'Food',
  treats: 'Treats',
};
