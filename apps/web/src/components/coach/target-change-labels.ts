import type { TargetChange } from '@sixstep/domain';

/** Each target field in words, with the unit its values are in. */
const FIELDS: Record<string, { label: string; unit?: string }> = {
  'calories.targetKcal': { label: 'Calorie target', unit: 'kcal' },
  'calories.floorKcal': { label: 'Calorie floor', unit: 'kcal' },
  'program.strength.sessionsPerWeek': { label: 'Strength sessions a week' },
  'program.strength.minSessionsPerWeek': { label: 'Least strength sessions a week' },
  'program.strength.setsPerExercise': { label: 'Sets per exercise' },
  'program.strength.repsPerSet': { label: 'Reps per set' },
  'program.cardio.sessionsPerWeek': { label: 'Cardio sessions a week' },
  'program.cardio.minSessionsPerWeek': { label: 'Least cardio sessions a week' },
  'program.cardio.minutesPerSession': { label: 'Cardio minutes a session', unit: 'min' },
  'program.hiit.sessionsPerWeek': { label: 'HIIT sessions a week' },
  'program.hiit.minMinutes': { label: 'Shortest HIIT session', unit: 'min' },
  'program.hiit.maxMinutes': { label: 'Longest HIIT session', unit: 'min' },
  'program.food.proteinEveryMeal': { label: 'Protein at every meal' },
  'program.food.fatServingsMin': { label: 'Least fat servings a day' },
  'program.food.fatServingsMax': { label: 'Most fat servings a day' },
  'program.food.vegServingsMin': { label: 'Least vegetable servings a day' },
  'program.treats.allowancePerWeek': { label: 'Treats a week' },
  exercises: { label: 'Strength exercises' },
};

function formatValue(value: TargetChange['before'], unit: string | undefined): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return `${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
  return value;
}

/** "Calorie target 1,506 → 1,450 kcal" for one changed target field. */
export function describeTargetChange(change: TargetChange): string {
  const field = FIELDS[change.field] ?? { label: change.field };
  const numeric = typeof change.before === 'number' && typeof change.after === 'number';
  if (numeric && field.unit)
    return `${field.label} ${formatValue(change.before, undefined)} → ${formatValue(change.after, field.unit)}`;
  return `${field.label} ${formatValue(change.before, field.unit)} → ${formatValue(change.after, field.unit)}`;
}
