'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { WORKOUT_LIMITS, type workoutInputSchema } from '@sixstep/domain';
import { useLightMutation } from '@/trpc/mutation';
import { CARDIO_ACTIVITIES, HIIT_ACTIVITIES } from './activities';
import { newIdempotencyKey } from './idempotency-key';
import { Stepper } from './stepper';
import { useFields } from './use-fields';
import styles from './logger.module.css';

type WorkoutValues = z.input<typeof workoutInputSchema>;

export interface MinutesLoggerProps {
  date: string;
  kind: 'cardio' | 'hiit';
  /** Pre-filled minutes: the session target. */
  targetMinutes: number;
}

/** Cardio or HIIT in two taps: pick the activity, log the (pre-filled) minutes. */
export function MinutesLogger({ date, kind, targetMinutes }: MinutesLoggerProps) {
  const router = useRouter();
  const groupId = useId();
  const [logged, setLogged] = useState<string | null>(null);
  const activities = kind === 'cardio' ? CARDIO_ACTIVITIES : HIIT_ACTIVITIES;
  const form = useFields<WorkoutValues>(() => ({
    key: newIdempotencyKey(),
    date,
    kind,
    minutes: targetMinutes,
    activity: activities[0],
  }));
  const { errors } = form;
  const label = kind === 'cardio' ? 'cardio' : 'HIIT';

  const add = useLightMutation('logs.addWorkout', {
    onSuccess: (input) => {
      setLogged(`Logged ${input.minutes} min of ${input.activity?.toLowerCase() ?? label}.`);
      form.set('key', newIdempotencyKey());
      router.refresh();
    },
    onError: (error) => form.fail(error, ['minutes', 'activity']),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLogged(null);
    form.clearErrors();
    add.mutate(form.values);
  };
  const { minutes, activity } = form.values;

  return (
    <form onSubmit={onSubmit} className={styles.logger} noValidate aria-label={`Log ${label}`}>
      <fieldset className={styles.choices}>
        <legend>Activity</legend>
        {activities.map((name) => (
          <label key={name} className={styles.choice}>
            <input
              type="radio"
              name={`${groupId}-activity`}
              value={name}
              checked={activity === name}
              onChange={() => form.set('activity', name)}
            />
            <span>{name}</span>
          </label>
        ))}
      </fieldset>
      <Stepper
        label="Minutes"
        value={minutes}
        onChange={(v) => form.set('minutes', v ?? undefined)}
        min={1}
        max={WORKOUT_LIMITS.minutes}
        step={5}
        error={errors.minutes}
      />
      {errors.activity && <p className="field-error">{errors.activity}</p>}
      {errors.root && (
        <p role="alert" className="alert">
          {errors.root}
        </p>
      )}
      <button type="submit" className={styles.primary} disabled={add.isPending}>
        {add.isPending
          ? 'Logging…'
          : `Log ${minutes ?? '?'} min ${activity ? activity.toLowerCase() : label}`}
      </button>
      <p role="status" className={styles.status}>
        {logged ?? ''}
      </p>
    </form>
  );
}
