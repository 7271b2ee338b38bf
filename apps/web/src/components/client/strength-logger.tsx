'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { WORKOUT_LIMITS, formatWeight, workoutInputSchema, type UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { newIdempotencyKey } from './idempotency-key';
import { WeightInput } from './weight-input';
import styles from './logger.module.css';

type WorkoutValues = z.input<typeof workoutInputSchema>;

export interface StrengthLoggerProps {
  date: string;
  unit: UnitSystem;
  exercise: { exerciseId: string; name: string; sets: number; reps: number; loadKg: number | null };
}

function summary(
  sets: ReadonlyArray<{ reps?: number; loadKg?: number | null }>,
  unit: UnitSystem,
): string {
  const first = sets[0];
  const same =
    first &&
    sets.every((s) => s.reps === first.reps && (s.loadKg ?? null) === (first.loadKg ?? null));
  if (!same || !first) return `${sets.length} sets`;
  return `${sets.length} × ${first.reps}${first.loadKg != null ? ` @ ${formatWeight(first.loadKg, unit)}` : ''}`;
}

/**
 * Logs one exercise's sets, pre-filled with the prescription: one tap stores them as
 * prescribed, or open the sets to change reps and load first. The idempotency key lives
 * in the form and is replaced only after a success, so a double tap or a retry of the
 * same submission stores one workout.
 */
export function StrengthLogger({ date, unit, exercise }: StrengthLoggerProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [logged, setLogged] = useState<string | null>(null);
  const prescribed = Array.from({ length: exercise.sets }, () => ({
    reps: exercise.reps,
    loadKg: exercise.loadKg,
  }));
  const form = useForm<WorkoutValues, unknown, z.output<typeof workoutInputSchema>>({
    resolver: zodResolver(workoutInputSchema),
    defaultValues: {
      key: newIdempotencyKey(),
      date,
      kind: 'strength',
      exerciseId: exercise.exerciseId,
      sets: prescribed,
    },
  });
  const sets = useFieldArray({ control: form.control, name: 'sets' });
  const { errors } = form.formState;

  const add = useMutation(
    trpc.logs.addWorkout.mutationOptions({
      onSuccess: (_data, input) => {
        setLogged(`Logged ${summary(input.sets ?? [], unit)}.`);
        form.setValue('key', newIdempotencyKey());
        router.refresh();
      },
      onError: (error) => {
        if (!showApiFieldErrors(error, form.setError, ['sets', 'exerciseId', 'date']))
          form.setError('root', { message: apiErrorMessage(error) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((values) => {
    setLogged(null);
    add.mutate(values);
  });

  const current = form.watch('sets') ?? [];
  const headingId = `log-${exercise.exerciseId}`;
  return (
    <form onSubmit={onSubmit} className={styles.logger} noValidate aria-labelledby={headingId}>
      <span id={headingId} className="sr-only">
        Log {exercise.name}
      </span>
      <button type="submit" className={styles.primary} disabled={add.isPending}>
        {add.isPending ? 'Logging…' : `Log ${summary(current, unit)}`}
      </button>
      <details className={styles.details}>
        <summary>Change reps or load</summary>
        <ol className={styles.sets}>
          {sets.fields.map((field, index) => (
            <li key={field.id} className={styles.set}>
              <span className={styles.setName}>Set {index + 1}</span>
              <label className={styles.inline}>
                <span>Reps</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={WORKOUT_LIMITS.reps}
                  aria-invalid={errors.sets?.[index]?.reps ? true : undefined}
                  defaultValue={field.reps}
                  {...form.register(`sets.${index}.reps`, { valueAsNumber: true })}
                />
              </label>
              <label className={styles.inline}>
                <span>Load ({unit})</span>
                <Controller
                  control={form.control}
                  name={`sets.${index}.loadKg`}
                  render={({ field: load }) => (
                    <WeightInput
                      unit={unit}
                      valueKg={load.value}
                      onChangeKg={load.onChange}
                      placeholder="none"
                      aria-invalid={errors.sets?.[index]?.loadKg ? true : undefined}
                    />
                  )}
                />
              </label>
              {(errors.sets?.[index]?.reps || errors.sets?.[index]?.loadKg) && (
                <p className={`field-error ${styles.full}`}>
                  {errors.sets?.[index]?.reps?.message ?? errors.sets?.[index]?.loadKg?.message}
                </p>
              )}
            </li>
          ))}
        </ol>
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={sets.fields.length >= WORKOUT_LIMITS.sets}
            onClick={() =>
              sets.append({
                reps: exercise.reps,
                loadKg: current.at(-1)?.loadKg ?? exercise.loadKg,
              })
            }
          >
            Add a set
          </button>
          <button
            type="button"
            className="secondary"
            disabled={sets.fields.length <= 1}
            onClick={() => sets.remove(sets.fields.length - 1)}
          >
            Remove last set
          </button>
        </div>
      </details>
      {errors.sets?.message && <p className="field-error">{errors.sets.message}</p>}
      {errors.root && (
        <p role="alert" className="alert">
          {errors.root.message}
        </p>
      )}
      <p role="status" className={styles.status}>
        {logged ?? ''}
      </p>
    </form>
  );
}
