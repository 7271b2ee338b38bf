'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { emailChangeSchema } from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

type Values = z.input<typeof emailChangeSchema>;

/** A new address takes effect only when the link mailed to it is opened. */
export function EmailChangeForm({ current }: { current: string }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(emailChangeSchema),
    defaultValues: { newEmail: '', currentPassword: '' },
  });
  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    try {
      await request.mutateAsync(values);
      reset();
      setSentTo(values.newEmail);
    } catch (error) {
      if (!showApiFieldErrors(error, setError, ['newEmail', 'currentPassword']))
        setFormError(apiErrorMessage(error));
    }
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Change e-mail address">
      <p className="muted">You sign in with {current}.</p>
      <FormField id="new-email" label="New e-mail address" error={errors.newEmail?.message}>
        <input
          {...fieldControlProps('new-email', errors.newEmail?.message)}
          {...register('newEmail')}
          type="email"
          autoComplete="email"
        />
      </FormField>
      <FormField
        id="email-password"
        label="Current password"
        error={errors.currentPassword?.message}
      >
        <input
          {...fieldControlProps('email-password', errors.currentPassword?.message)}
          {...register('currentPassword')}
          type="password"
          autoComplete="current-password"
        />
      </FormField>
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      {sentTo && (
        <p role="status" className="success">
          We sent a link to {sentTo}. Open it there to start using the new address.
        </p>
      )}
      <div>
        <button type="submit" className="secondary" disabled={isSubmitting}>
          {isSubmitting ? 'Sending…' : 'Send a confirmation link'}
        </button>
      </div>
    </form>
  );
}
