import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_EXERCISES, weightToKg } from '@sixstep/domain';
import { assignmentCreateSchema } from '@sixstep/api/schemas';
import { assignmentFormSchema } from './assignment-form-schema';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const program = id(99);
const client = id(98);

function formValues(overrides: Record<string, unknown> = {}) {
  return {
    programId: program,
    startDate: '2026-03-02',
    weeks: 12,
    exercises: [{ exerciseId: id(1), sets: 3, reps: 12, load: null }],
    targetKcal: 1800,
    ...overrides,
  };
}

/** What the form sends for these values, as the API would receive it. */
function apiInput(values: ReturnType<typeof formValues>) {
  return {
    clientId: client,
    programId: values.programId,
    startDate: values.startDate,
    weeks: values.weeks,
    targets: {
      calories: { targetKcal: values.targetKcal },
      exercises: (values.exercises as { load: number | null }[]).map(({ load, ...e }) => ({
        ...e,
        loadKg: load === null ? null : Math.round(weightToKg(load, 'kg') * 100) / 100,
      })),
    },
  };
}

/** The form and the API must accept and refuse the same values (in kg, where they coincide). */
function expectSameVerdict(values: ReturnType<typeof formValues>) {
  const form = assignmentFormSchema('female', 'kg').safeParse(values).success;
  const api = assignmentCreateSchema.safeParse(apiInput(values)).success;
  expect(form, JSON.stringify(values)).toBe(api);
  return form;
}

describe('the assignment form refuses exactly what the API refuses', () => {
  it('for every number of exercises', () => {
    const verdicts = [];
    for (let n = 0; n <= ASSIGNMENT_EXERCISES.max + 2; n++) {
      const exercises = Array.from({ length: n }, (_, i) => ({
        exerciseId: id(i + 1),
        sets: 3,
        reps: 12,
        load: null,
      }));
      verdicts.push(expectSameVerdict(formValues({ exercises })));
    }
    expect(verdicts.filter(Boolean).length).toBe(
      ASSIGNMENT_EXERCISES.max - ASSIGNMENT_EXERCISES.min + 1,
    );
  });

  it('for an exercise chosen twice, at the same path', () => {
    const twice = formValues({
      exercises: [1, 2, 1].map((n) => ({ exerciseId: id(n), sets: 3, reps: 12, load: null })),
    });
    expect(expectSameVerdict(twice)).toBe(false);
    const form = assignmentFormSchema('female', 'kg').safeParse(twice);
    expect(form.error!.issues[0]!.path).toEqual(['exercises', 2, 'exerciseId']);
  });

  it('for weeks, sets, reps and loads at and around their limits', () => {
    for (const weeks of [0, 1, 52, 53, 2.5]) expectSameVerdict(formValues({ weeks }));
    for (const [sets, reps] of [
      [0, 12],
      [1, 1],
      [10, 100],
      [11, 12],
      [3, 101],
    ])
      expectSameVerdict(formValues({ exercises: [{ exerciseId: id(1), sets, reps, load: null }] }));
    for (const load of [-1, 0, 12.5, 500, 500.01, 501])
      expectSameVerdict(
        formValues({ exercises: [{ exerciseId: id(1), sets: 3, reps: 12, load }] }),
      );
  });

  it('checks a load typed in pounds against the kilogram limit', () => {
    const inPounds = (load: number) =>
      assignmentFormSchema('female', 'lb').safeParse(
        formValues({ exercises: [{ exerciseId: id(1), sets: 3, reps: 12, load }] }),
      );
    expect(inPounds(1100).success).toBe(true); // 498.95 kg
    expect(inPounds(1105).success).toBe(false); // 501.22 kg
    expect(inPounds(1100).data!.exercises[0]!.load).toBe(498.95);
  });
});
