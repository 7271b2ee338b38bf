'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { resetPasswordSchema } from '@sixstep/api/schemas';
import { PasswordStrength } from '@/components/account/password-strength';
import { apiErrorMessage, apiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

const formSchema = resetPasswordSchema
  .omit({ token: true })
  .extend({ repeatPassword: z.string() })
  .refine((values) => values.password === values.repeatPassword, {
    path: ['repeatPassword'],
    message: 'The two passwords are not the same',
  });
type Input = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: { password: '', repeatPassword: '' },
  });
  const submit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
      router.push('/login?reset=1');
    } catch (error) {
      const fields = apiFieldErrors(error);
      if (fields.password) setError('password', { type: 'server', message: fields.password });
      else if (fields.token) setLinkProblem(fields.token);
      else setFormError(apiErrorMessage(error));
    }
  });
  if (linkProblem)
    return (
      <div role="alert" className="alert stack">
        <p>
          <strong>This reset link cannot be used.</strong>
        </p>
        <p>
          Links work once and for 60 minutes, and a newer link replaces older ones.{' '}
          <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      </div>
    );
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Choose a new password">
      <FormField
        id="reset-password"
        label="New password"
        hint="At least 10 characters; a few unrelated words make a strong one."
        error={errors.password?.message}
      >
        <input
          {...fieldControlProps('reset-password', errors.password?.message, true)}
          {...register('password')}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      <PasswordStrength id="reset-strength" password={watch('password')} personal={[]} />
      <FormField
        id="reset-repeat"
        label="Repeat the new password"
        error={errors.repeatPassword?.message}
      >
        <input
          {...fieldControlProps('reset-repeat', errors.repeatPassword?.message)}
          {...register('repeatPassword')}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save the new password'}
      </button>
    </form>
  );
}
