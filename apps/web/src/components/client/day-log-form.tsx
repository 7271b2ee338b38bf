'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { DAY_LOG_LIMITS, dayLogInputSchema, type UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { Stepper } from './stepper';
import { WeightInput } from './weight-input';
import styles from './day-log-form.module.css';

type DayLogValues = z.input<typeof dayLogInputSchema>;

const FIELDS: ReadonlyArray<Path<DayLogValues>> = [
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
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<DayLogValues, unknown, z.output<typeof dayLogInputSchema>>({
    resolver: zodResolver(dayLogInputSchema),
    defaultValues: {
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
    },
  });
  const { errors } = form.formState;

  const save = useMutation(
    trpc.logs.upsertDay.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        if (!showApiFieldErrors(error, form.setError, FIELDS))
          form.setError('root', { message: apiErrorMessage(error) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    save.mutate(values);
  });

  const count = (
    name: Exclude<Path<DayLogValues>, 'date' | 'note' | 'weightKg' | 'calories'>,
    label: string,
    max: number,
    hint?: string,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Stepper
          label={label}
          value={field.value as number | null | undefined}
          onChange={(v) => {
            setSaved(false);
            field.onChange(v);
          }}
          max={max}
          hint={hint}
          error={fieldState.error?.message}
        />
      )}
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
          defaultValue={logged?.calories ?? ''}
          aria-invalid={errors.calories ? true : undefined}
          {...form.register('calories', {
            setValueAs: (v) => (v === '' || v == null ? null : Number(v)),
          })}
        />
        <p id="day-calories-hint" className={styles.hint}>
          Aim for {targets.floorKcal.toLocaleString('en')}–{targets.targetKcal.toLocaleString('en')}{' '}
          kcal.
        </p>
        {errors.calories && <p className="field-error">{errors.calories.message}</p>}
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
        <Controller
          control={form.control}
          name="weightKg"
          render={({ field }) => (
            <WeightInput
              id="day-weight"
              unit={unit}
              valueKg={field.value}
              aria-invalid={errors.weightKg ? true : undefined}
              onChangeKg={(kg) => {
                setSaved(false);
                field.onChange(kg);
              }}
            />
          )}
        />
        {errors.weightKg && <p className="field-error">{errors.weightKg.message}</p>}
      </div>

      <label>
        Note
        <textarea
          rows={2}
          defaultValue={logged?.note ?? ''}
          {...form.register('note')}
          aria-invalid={errors.note ? true : undefined}
        />
      </label>
      {errors.note && <p className="field-error">{errors.note.message}</p>}

      {errors.root && (
        <p role="alert" className="alert">
          {errors.root.message}
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
