'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  PASSWORD_MIN_LENGTH,
  coachCreateSchema,
  type CoachCreateInput,
} from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import styles from './coach-accounts.module.css';

type CoachFormValues = z.input<typeof coachCreateSchema>;

/** The admin sets a first password and passes it on; the coach can sign in at once. */
export function CoachCreateForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.coaches.create.mutationOptions());
  const [created, setCreated] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CoachFormValues, unknown, CoachCreateInput>({
    resolver: zodResolver(coachCreateSchema),
    defaultValues: { name: '', email: '', password: '' },
  });

  const submit = handleSubmit(async (input) => {
    setFormError(null);
    setCreated(null);
    try {
      const coach = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.coaches.list.queryKey() });
      reset();
      setCreated(
        `${coach.name} (${coach.email}) can now sign in with the password you set. Pass it on privately.`,
      );
    } catch (error) {
      if (!showApiFieldErrors(error, setError, ['name', 'email', 'password']))
        setFormError(apiErrorMessage(error));
    }
  });

  return (
    <form
      className={`card ${styles.create}`}
      onSubmit={submit}
      noValidate
      aria-label="Create a coach account"
    >
      <FormField id="coach-name" label="Name" error={errors.name?.message}>
        <input
          {...fieldControlProps('coach-name', errors.name?.message)}
          {...register('name')}
          autoComplete="off"
        />
      </FormField>
      <FormField id="coach-email" label="E-mail" error={errors.email?.message}>
        <input
          {...fieldControlProps('coach-email', errors.email?.message)}
          {...register('email')}
          type="email"
          autoComplete="off"
        />
      </FormField>
      <FormField
        id="coach-password"
        label="First password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password?.message}
      >
        <input
          {...fieldControlProps('coach-password', errors.password?.message, true)}
          {...register('password')}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      <div className={styles.createActions}>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create the coach account'}
        </button>
      </div>
      {formError && (
        <p role="alert" className={`alert ${styles.createActions}`}>
          {formError}
        </p>
      )}
      {created && (
        <p role="status" className={`success ${styles.createActions}`}>
          {created}
        </p>
      )}
    </form>
  );
}
