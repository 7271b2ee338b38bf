import type { ActivityLevel } from '@sixstep/domain';

export const ACTIVITY_LABELS: Record<ActivityLevel, string> = {
  sedentary: 'Sedentary (desk job, little exercise)',
  light: 'Lightly active (exercise 1-3 days a week)',
  moderate: 'Moderately active (3-5 days a week)',
  active: 'Very active (6-7 days a week)',
  very_active: 'Extremely active (physical job or twice a day)',
};
