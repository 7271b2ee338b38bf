import { ACTIVITY_LABELS } from '@/components/coach/activity-labels';

/** How one changed field reads in the audit log: its name in words and the unit of its values. */
interface FieldWords {
  label: string;
  unit?: string;
}

/** Step targets, the same under an assignment (`program.…`) and a program (`targets.…`). */
const TARGET_WORDS: Record<string, FieldWords> = {
  'strength.sessionsPerWeek': { label: 'Strength sessions a week' },
  'strength.minSessionsPerWeek': { label: 'Strength sessions a week, at least' },
  'strength.setsPerExercise': { label: 'Sets per exercise' },
  'strength.repsPerSet': { label: 'Reps per set' },
  'cardio.sessionsPerWeek': { label: 'Cardio sessions a week' },
  'cardio.minSessionsPerWeek': { label: 'Cardio sessions a week, at least' },
  'cardio.minutesPerSession': { label: 'Cardio minutes per session', unit: 'min' },
  'hiit.sessionsPerWeek': { label: 'HIIT sessions a week' },
  'hiit.minMinutes': { label: 'HIIT minutes, at least', unit: 'min' },
  'hiit.maxMinutes': { label: 'HIIT minutes, at most', unit: 'min' },
  'food.proteinEveryMeal': { label: 'Protein in every meal' },
  'food.fatServingsMin': { label: 'Fat servings a day, at least' },
  'food.fatServingsMax': { label: 'Fat servings a day, at most' },
  'food.vegServingsMin': { label: 'Vegetable servings a day, at least' },
  'treats.allowancePerWeek': { label: 'Treats a week' },
};

const FIELD_WORDS: Record<string, FieldWords> = {
  'calories.targetKcal': { label: 'Calorie target', unit: 'kcal' },
  'calories.floorKcal': { label: 'Calorie floor', unit: 'kcal' },
  exercises: { label: 'Exercises' },
  startDate: { label: 'Start date' },
  weeks: { label: 'Weeks' },
  email: { label: 'E-mail' },
  name: { label: 'Name' },
  sex: { label: 'Sex' },
  birthDate: { label: 'Birth date' },
  heightCm: { label: 'Height', unit: 'cm' },
  startWeightKg: { label: 'Start weight', unit: 'kg' },
  activityLevel: { label: 'Activity level' },
  unitPreference: { label: 'Units' },
  slug: { label: 'Slug' },
  category: { label: 'Category' },
  muscles: { label: 'Muscles' },
  equipment: { label: 'Equipment' },
  instructions: { label: 'Instructions' },
  mediaUrl: { label: 'Media URL' },
  difficulty: { label: 'Difficulty' },
  progressionId: { label: 'Harder exercise' },
  description: { label: 'Description' },
  defaultExerciseIds: { label: 'Default exercises' },
};

/** "targetsJson" → "targets json": a field this table does not know yet still reads as words. */
const words = (field: string) =>
  field
    .split('.')
    .at(-1)!
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

function wordsFor(field: string): FieldWords {
  const step = field.replace(/^(program|targets)\./, '');
  return FIELD_WORDS[field] ?? TARGET_WORDS[step] ?? { label: words(field) };
}

const LONG_TEXT = 80;
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function describeValue(field: string, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value))
    return value.length ? value.map((v) => describeValue(field, v, names)).join(', ') : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return number.format(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/Ids?$/.test(field)) return names[text] ?? 'a deleted item';
  if (field === 'activityLevel' && text in ACTIVITY_LABELS)
    return ACTIVITY_LABELS[text as keyof typeof ACTIVITY_LABELS];
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text;
}

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
  /** The unit once, after the new value: "1,506 → 1,450 kcal". */
  unit: string;
}

/** `details.changes` as lines a person reads: "Calorie target 1,506 → 1,450 kcal". */
export function describeChanges(changes: unknown, names: Record<string, string>): ChangeLine[] {
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((change: unknown) => {
    if (!change || typeof change !== 'object' || !('field' in change)) return [];
    const { field, before, after } = change as { field: string; before: unknown; after: unknown };
    const { label, unit } = wordsFor(field);
    return [
      {
        label,
        before: describeValue(field, before, names),
        after: describeValue(field, after, names),
        unit: unit ?? '',
      },
    ];
  });
}

/** A change as one sentence, for tests and screen readers alike. */
export const changeText = (line: ChangeLine) =>
  `${line.label} ${line.before} → ${line.after}${line.unit ? ` ${line.unit}` : ''}`;
