'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, acceptInviteSchema } from '@sixstep/api/schemas';
import { apiErrorCode, apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { signInInvitedAction } from '@/server/actions/sign-in-invited';
import { useTRPC } from '@/trpc/client';
import styles from './invite.module.css';

const acceptFormSchema = acceptInviteSchema
  .omit({ token: true })
  .extend({ repeatPassword: z.string() })
  .refine((values) => values.password === values.repeatPassword, {
    path: ['repeatPassword'],
    message: 'The two passwords are not the same',
  });

type AcceptFormInput = z.input<typeof acceptFormSchema>;
type AcceptFormOutput = z.output<typeof acceptFormSchema>;

/** Sets the invited client's name (as the coach entered it, editable) and password, then signs them in. */
export function AcceptInviteForm({
  token,
  name,
  email,
}: {
  token: string;
  name: string;
  email: string;
}) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.auth.acceptInvite.mutationOptions());
  const [linkProblem, setLinkProblem] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptFormInput, unknown, AcceptFormOutput>({
    resolver: zodResolver(acceptFormSchema),
    defaultValues: { name, password: '', repeatPassword: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await accept.mutateAsync({ token, name: values.name, password: values.password });
    } catch (error) {
      if (showApiFieldErrors(error, setError, ['name', 'password'])) return;
      // Unknown, expired, replaced and used links get one answer from the API, on purpose.
      if (apiErrorCode(error) === 'BAD_REQUEST') setLinkProblem(true);
      else setFormError(apiErrorMessage(error));
      return;
    }
    // Redirects to /today; the account exists now, so a failure here only means signing in by hand.
    await signInInvitedAction(email, values.password).catch(() => {
      window.location.assign('/login?invited=1');
    });
  });

  if (linkProblem)
    return (
      <div role="alert" className={`alert ${styles.problem}`}>
        <p>
          <strong>This invitation link cannot be used.</strong>
        </p>
        <p>
          Links work once and only for 7 days, and a newer invitation replaces older ones. Ask your
          coach to send you a new link. If you have already chosen your password, just{' '}
          <Link href="/login">sign in</Link>.
        </p>
      </div>
    );

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Set up your account">
      <FormField
        id="invite-name"
        label="Your name"
        hint="As your coach will see it; change it if you like."
        error={errors.name?.message}
      >
        <input
          {...fieldControlProps('invite-name', errors.name?.message)}
          {...register('name')}
          autoComplete="name"
        />
      </FormField>
      <FormField
        id="invite-password"
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password?.message}
      >
        <input
          {...fieldControlProps('invite-password', errors.password?.message, true)}
          {...register('password')}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      <FormField
        id="invite-repeat"
        label="Repeat the password"
        error={errors.repeatPassword?.message}
      >
        <input
          {...fieldControlProps('invite-repeat', errors.repeatPassword?.message)}
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
        {isSubmitting ? 'Setting up your account…' : 'Create my account and start'}
      </button>
    </form>
  );
}
