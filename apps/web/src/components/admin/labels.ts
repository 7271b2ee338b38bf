import type { ExerciseCategory } from '@sixstep/domain';

export const CATEGORY_LABELS: Record<ExerciseCategory, string> = {
  strength: 'Strength',
  cardio: 'Cardio',
  hiit: 'HIIT',
};

export const DIFFICULTY_LABELS: Record<number, string> = {
  1: '1 · Beginner',
  2: '2 · Easy',
  3: '3 · Moderate',
  4: '4 · Hard',
  5: '5 · Very hard',
};

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value));
