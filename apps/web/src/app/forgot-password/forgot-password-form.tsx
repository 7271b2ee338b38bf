'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { requestPasswordResetSchema } from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

type Values = z.input<typeof requestPasswordResetSchema>;

/** The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(requestPasswordResetSchema),
    defaultValues: { email: '' },
  });
  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      if (!showApiFieldErrors(error, setError, ['email'])) setFormError(apiErrorMessage(error));
    }
  });
  if (sentTo)
    return (
      <div role="status" className="success stack">
        <p>
          If an account uses <strong>{sentTo}</strong>, a link to choose a new password is on its
          way. It works once, for 60 minutes. Check your spam folder if nothing arrives.
        </p>
        <p>
          <Link href="/login">Back to sign in</Link>
        </p>
      </div>
    );
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Ask for a reset link">
      <FormField id="forgot-email" label="E-mail" error={errors.email?.message}>
        <input
          {...fieldControlProps('forgot-email', errors.email?.message)}
          {...register('email')}
          type="email"
          autoComplete="email"
          autoFocus
        />
      </FormField>
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Sending…' : 'Send me a reset link'}
      </button>
      <p>
        <Link href="/login">Back to sign in</Link>
      </p>
    </form>
  );
}
