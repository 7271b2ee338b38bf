'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { coachCreateSchema, type CoachCreateInput } from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { CopyLink } from '@/components/coach/copy-link';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import styles from './coach-accounts.module.css';

type CoachFormValues = z.input<typeof coachCreateSchema>;

/**
 * Invites a coach: the coach chooses their own password from a one-time link (mailed, or shown
 * here to pass on when mail is not configured). The admin never chooses or sees it.
 */
export function CoachCreateForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.coaches.create.mutationOptions());
  const [created, setCreated] = useState<{ message: string; link: string | null } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CoachFormValues, unknown, CoachCreateInput>({
    resolver: zodResolver(coachCreateSchema),
    defaultValues: { name: '', email: '' },
  });

  const submit = handleSubmit(async (input) => {
    setFormError(null);
    setCreated(null);
    try {
      const coach = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.coaches.list.queryKey() });
      reset();
      setCreated(
        coach.emailed
          ? {
              message: `${coach.name} (${coach.email}) has been sent an invitation to choose a password.`,
              link: null,
            }
          : {
              message: `No mail is configured: pass this one-time link to ${coach.name} (${coach.email}) privately. It lets them choose their password.`,
              link: coach.inviteUrl ?? null,
            },
      );
    } catch (error) {
      if (!showApiFieldErrors(error, setError, ['name', 'email']))
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
      <div className={styles.createActions}>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Inviting…' : 'Invite the coach'}
        </button>
      </div>
      {formError && (
        <p role="alert" className={`alert ${styles.createActions}`}>
          {formError}
        </p>
      )}
      {created && (
        <div className={styles.createActions}>
          <p role="status" className="success">
            {created.message}
          </p>
          {created.link && <CopyLink url={created.link} label="One-time invitation link" />}
        </div>
      )}
    </form>
  );
}
