'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { DAY_LOG_LIMITS, type dayLogInputSchema, type UnitSystem } from '@sixstep/domain';
import { useLightMutation } from '@/trpc/mutation';
import { Stepper } from './stepper';
import { useFields } from './use-fields';
import { WeightInput } from './weight-input';
import styles from './day-log-form.module.css';

type DayLogValues = z.input<typeof dayLogInputSchema>;

const FIELDS: ReadonlyArray<keyof DayLogValues> = [
  'calories',
  'meals',
  'proteinMeals',
  'fatServings',
  'vegServings',
  'treats',
  'plannedTreats',
  'weightKg',
  'note',
];

export interface DayLogFormProps {
  date: string;
  unit: UnitSystem;
  /** What is already logged for the date (null: nothing yet). */
  logged: Omit<DayLogValues, 'date'> | null;
  targets: {
    targetKcal: number;
    floorKcal: number;
    fatServingsMin: number;
    fatServingsMax: number;
    vegServingsMin: number;
    treatsLeft: number;
  };
}

/** The day's diary: big inputs and steppers, one save. */
export function DayLogForm({ date, unit, logged, targets }: DayLogFormProps) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useFields<DayLogValues>(() => ({
    date,
    calories: logged?.calories ?? null,
    meals: logged?.meals ?? null,
    proteinMeals: logged?.proteinMeals ?? null,
    fatServings: logged?.fatServings ?? null,
    vegServings: logged?.vegServings ?? null,
    treats: logged?.treats ?? null,
    plannedTreats: logged?.plannedTreats ?? null,
    weightKg: logged?.weightKg ?? null,
    note: logged?.note ?? '',
  }));
  const { errors, values } = form;
  const change = <K extends keyof DayLogValues>(name: K, value: DayLogValues[K]) => {
    setSaved(false);
    form.set(name, value);
  };

  const save = useLightMutation('logs.upsertDay', {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
    onError: (error) => form.fail(error, FIELDS),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    form.clearErrors();
    save.mutate(values);
  };

  const count = (
    name: Exclude<keyof DayLogValues, 'date' | 'note' | 'weightKg' | 'calories'>,
    label: string,
    max: number,
    hint?: string,
  ) => (
    <Stepper
      label={label}
      value={values[name]}
      onChange={(v) => change(name, v)}
      max={max}
      hint={hint}
      error={errors[name]}
    />
  );

  return (
    <form onSubmit={onSubmit} className={styles.form} noValidate aria-label="Day log">
      <div className={styles.big}>
        <label htmlFor="day-calories">Calories eaten</label>
        <input
          id="day-calories"
          type="number"
          inputMode="numeric"
          min={0}
          max={DAY_LOG_LIMITS.calories}
          aria-describedby="day-calories-hint"
          // Rendered on the server too, so the saved value shows before the form hydrates.
          value={values.calories ?? ''}
          aria-invalid={errors.calories ? true : undefined}
          onChange={(e) =>
            change('calories', e.target.value === '' ? null : Number(e.target.value))
          }
        />
        <p id="day-calories-hint" className={styles.hint}>
          Aim for {targets.floorKcal.toLocaleString('en')}–{targets.targetKcal.toLocaleString('en')}{' '}
          kcal.
        </p>
        {errors.calories && <p className="field-error">{errors.calories}</p>}
      </div>

      <div className={styles.grid}>
        {count('meals', 'Meals', DAY_LOG_LIMITS.meals)}
        {count('proteinMeals', 'Meals with protein', DAY_LOG_LIMITS.meals, 'Protein in every meal')}
        {count(
          'fatServings',
          'Fat servings',
          DAY_LOG_LIMITS.fatServings,
          `Aim for ${targets.fatServingsMin}–${targets.fatServingsMax}`,
        )}
        {count(
          'vegServings',
          'Vegetable servings',
          DAY_LOG_LIMITS.vegServings,
          `At least ${targets.vegServingsMin}`,
        )}
        {count('treats', 'Treats', DAY_LOG_LIMITS.treats, `${targets.treatsLeft} left this week`)}
        {count(
          'plannedTreats',
          'Planned treats',
          DAY_LOG_LIMITS.treats,
          'How many of them you planned',
        )}
      </div>

      <div className={styles.big}>
        <label htmlFor="day-weight">Body weight ({unit})</label>
        <WeightInput
          id="day-weight"
          unit={unit}
          valueKg={values.weightKg}
          aria-invalid={errors.weightKg ? true : undefined}
          onChangeKg={(kg) => change('weightKg', kg)}
        />
        {errors.weightKg && <p className="field-error">{errors.weightKg}</p>}
      </div>

      <label>
        Note
        <textarea
          rows={2}
          value={values.note ?? ''}
          onChange={(e) => change('note', e.target.value)}
          aria-invalid={errors.note ? true : undefined}
        />
      </label>
      {errors.note && <p className="field-error">{errors.note}</p>}

      {errors.root && (
        <p role="alert" className="alert">
          {errors.root}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save day'}
        </button>
        <p role="status" className={styles.status}>
          {saved ? 'Day saved.' : ''}
        </p>
      </div>
    </form>
  );
}
