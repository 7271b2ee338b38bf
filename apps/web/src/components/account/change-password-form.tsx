'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { changePasswordSchema } from '@sixstep/api/schemas';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { changePasswordAction } from '@/server/actions/account';
import { PasswordStrength } from './password-strength';

type Values = z.input<typeof changePasswordSchema>;

/** Asks for the current password; every other session ends when the new one is saved. */
export function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const submit = handleSubmit(async (values) => {
    setDone(false);
    setFormError(null);
    const result = await changePasswordAction(values);
    if (result.ok) {
      reset();
      setDone(true);
    } else if (result.field) setError(result.field, { type: 'server', message: result.message });
    else setFormError(result.message);
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Change password">
      <FormField
        id="current-password"
        label="Current password"
        error={errors.currentPassword?.message}
      >
        <input
          {...fieldControlProps('current-password', errors.currentPassword?.message)}
          {...register('currentPassword')}
          type="password"
          autoComplete="current-password"
        />
      </FormField>
      <FormField
        id="new-password"
        label="New password"
        hint="At least 10 characters; a few unrelated words make a strong one."
        error={errors.newPassword?.message}
      >
        <input
          {...fieldControlProps('new-password', errors.newPassword?.message, true)}
          {...register('newPassword')}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      <PasswordStrength
        id="new-password-strength"
        password={watch('newPassword')}
        personal={[email, name]}
      />
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      {done && (
        <p role="status" className="success">
          Password changed. You stay signed in here; every other session has been signed out.
        </p>
      )}
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
