import type { AssignmentTargets, PrescribedExercise } from './program';

/** A value a target field had before or after a change, as shown to people. */
export type TargetValue = number | boolean | string | null;

/**
 * One changed target field. `field` is its path in the targets (`calories.targetKcal`,
 * `program.cardio.sessionsPerWeek`, …, or `exercises` for the prescribed list); the audit
 * log stores these in `details.changes` so history can say "Calorie target 1,506 → 1,450 kcal".
 */
export interface TargetChange {
  field: string;
  before: TargetValue;
  after: TargetValue;
}

/** The prescribed exercises in one line, e.g. "Pull-up 3×8, Renegade row 3×12 @ 4 kg". */
export function describeExercises(list: ReadonlyArray<PrescribedExercise>): string {
  return list
    .map((e) => `${e.name} ${e.sets}×${e.reps}${e.loadKg === null ? '' : ` @ ${e.loadKg} kg`}`)
    .join(', ');
}

/** Every scalar leaf of an object, by dotted path. */
function leaves(value: unknown, prefix: string, out: Map<string, TargetValue>) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, `${prefix}.${key}`, out);
  } else {
    out.set(prefix, value as TargetValue);
  }
  return out;
}

/** What differs between two sets of targets, field by field, in a stable order. */
export function targetChanges(before: AssignmentTargets, after: AssignmentTargets): TargetChange[] {
  const changes: TargetChange[] = [];
  const a = leaves(before.calories, 'calories', new Map());
  const b = leaves(after.calories, 'calories', new Map());
  leaves(before.program, 'program', a);
  leaves(after.program, 'program', b);
  for (const [field, value] of b) {
    const old = a.get(field) ?? null;
    if (old !== value) changes.push({ field, before: old, after: value });
  }
  const oldExercises = describeExercises(before.exercises);
  const newExercises = describeExercises(after.exercises);
  if (oldExercises !== newExercises)
    changes.push({ field: 'exercises', before: oldExercises, after: newExercises });
  return changes;
}
