'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import {
  WORKOUT_LIMITS,
  formatWeight,
  type UnitSystem,
  type workoutInputSchema,
} from '@sixstep/domain';
import { useLightMutation } from '@/trpc/mutation';
import { newIdempotencyKey } from './idempotency-key';
import { useFields } from './use-fields';
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
  const router = useRouter();
  const [logged, setLogged] = useState<string | null>(null);
  const prescribed = Array.from({ length: exercise.sets }, () => ({
    reps: exercise.reps,
    loadKg: exercise.loadKg,
  }));
  const form = useFields<WorkoutValues>(() => ({
    key: newIdempotencyKey(),
    date,
    kind: 'strength',
    exerciseId: exercise.exerciseId,
    sets: prescribed,
  }));
  const { errors } = form;
  const current = form.values.sets ?? [];
  const setAt = (index: number, change: Partial<(typeof current)[number]>) =>
    form.set(
      'sets',
      current.map((set, i) => (i === index ? { ...set, ...change } : set)),
    );

  const add = useLightMutation('logs.addWorkout', {
    onSuccess: (input) => {
      setLogged(`Logged ${summary(input.sets ?? [], unit)}.`);
      form.set('key', newIdempotencyKey());
      router.refresh();
    },
    onError: (error) => form.fail(error, ['sets', 'exerciseId', 'date']),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLogged(null);
    form.clearErrors();
    add.mutate(form.values);
  };

  const headingId = `log-${exercise.exerciseId}`;
  return (
    <form onSubmit={onSubmit} className={styles.logger} noValidate aria-labelledby={headingId}>
      <span id={headingId} className="sr-only">
        Log {exercise.name}
      </span>
      <button type="submit" className={styles.primary} disabled={add.isPending}>
        {add.isPending ? 'Logging…' : `Log ${summary(current, unit)}`}
      </button>
      {/* Opened when a set was refused, so its message is seen. */}
      <details
        className={styles.details}
        open={Object.keys(errors).some((k) => k.startsWith('sets.')) || undefined}
      >
        <summary>Change reps or load</summary>
        <ol className={styles.sets}>
          {current.map((set, index) => {
            const repsError = errors[`sets.${index}.reps`];
            const loadError = errors[`sets.${index}.loadKg`];
            return (
              <li key={index} className={styles.set}>
                <span className={styles.setName}>Set {index + 1}</span>
                <label className={styles.inline}>
                  <span>Reps</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={WORKOUT_LIMITS.reps}
                    aria-invalid={repsError ? true : undefined}
                    value={Number.isNaN(set.reps) ? '' : set.reps}
                    onChange={(e) =>
                      setAt(index, { reps: e.target.value === '' ? NaN : Number(e.target.value) })
                    }
                  />
                </label>
                <label className={styles.inline}>
                  <span>Load ({unit})</span>
                  <WeightInput
                    unit={unit}
                    valueKg={set.loadKg}
                    onChangeKg={(loadKg) => setAt(index, { loadKg })}
                    placeholder="none"
                    aria-invalid={loadError ? true : undefined}
                  />
                </label>
                {(repsError || loadError) && (
                  <p className={`field-error ${styles.full}`}>{repsError ?? loadError}</p>
                )}
              </li>
            );
          })}
        </ol>
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={current.length >= WORKOUT_LIMITS.sets}
            onClick={() =>
              form.set('sets', [
                ...current,
                { reps: exercise.reps, loadKg: current.at(-1)?.loadKg ?? exercise.loadKg },
              ])
            }
          >
            Add a set
          </button>
          <button
            type="button"
            className="secondary"
            disabled={current.length <= 1}
            onClick={() => form.set('sets', current.slice(0, -1))}
          >
            Remove last set
          </button>
        </div>
      </details>
      {(errors.sets ?? errors.exerciseId ?? errors.date) && (
        <p className="field-error">{errors.sets ?? errors.exerciseId ?? errors.date}</p>
      )}
      {errors.root && (
        <p role="alert" className="alert">
          {errors.root}
        </p>
      )}
      <p role="status" className={styles.status}>
        {logged ?? ''}
      </p>
    </form>
  );
}
