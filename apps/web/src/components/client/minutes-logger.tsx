'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { WORKOUT_LIMITS, workoutInputSchema } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { CARDIO_ACTIVITIES, HIIT_ACTIVITIES } from './activities';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { newIdempotencyKey } from './idempotency-key';
import { Stepper } from './stepper';
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
  const trpc = useTRPC();
  const router = useRouter();
  const groupId = useId();
  const [logged, setLogged] = useState<string | null>(null);
  const activities = kind === 'cardio' ? CARDIO_ACTIVITIES : HIIT_ACTIVITIES;
  const form = useForm<WorkoutValues, unknown, z.output<typeof workoutInputSchema>>({
    resolver: zodResolver(workoutInputSchema),
    defaultValues: {
      key: newIdempotencyKey(),
      date,
      kind,
      minutes: targetMinutes,
      activity: activities[0],
    },
  });
  const { errors } = form.formState;
  const label = kind === 'cardio' ? 'cardio' : 'HIIT';

  const add = useMutation(
    trpc.logs.addWorkout.mutationOptions({
      onSuccess: (_data, input) => {
        setLogged(`Logged ${input.minutes} min of ${input.activity?.toLowerCase() ?? label}.`);
        form.setValue('key', newIdempotencyKey());
        router.refresh();
      },
      onError: (error) => {
        if (!showApiFieldErrors(error, form.setError, ['minutes', 'activity']))
          form.setError('root', { message: apiErrorMessage(error) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((values) => {
    setLogged(null);
    add.mutate(values);
  });
  const minutes = form.watch('minutes');
  const activity = form.watch('activity');

  return (
    <form onSubmit={onSubmit} className={styles.logger} noValidate aria-label={`Log ${label}`}>
      <Controller
        control={form.control}
        name="activity"
        render={({ field }) => (
          <fieldset className={styles.choices}>
            <legend>Activity</legend>
            {activities.map((name) => (
              <label key={name} className={styles.choice}>
                <input
                  type="radio"
                  name={`${groupId}-activity`}
                  value={name}
                  checked={field.value === name}
                  onChange={() => field.onChange(name)}
                />
                <span>{name}</span>
              </label>
            ))}
          </fieldset>
        )}
      />
      <Controller
        control={form.control}
        name="minutes"
        render={({ field, fieldState }) => (
          <Stepper
            label="Minutes"
            value={field.value}
            onChange={(v) => field.onChange(v ?? undefined)}
            min={1}
            max={WORKOUT_LIMITS.minutes}
            step={5}
            error={fieldState.error?.message}
          />
        )}
      />
      {errors.activity && <p className="field-error">{errors.activity.message}</p>}
      {errors.root && (
        <p role="alert" className="alert">
          {errors.root.message}
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
