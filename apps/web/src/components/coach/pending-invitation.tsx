'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { emailSchema } from '@sixstep/api/schemas';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import { apiFieldErrors } from '@/components/ui/api-error';
import type { ClientDetail } from './api-types';
import { CopyLink } from './copy-link';
import styles from './facts.module.css';

/** The API's address rule (clients.changeInviteEmail takes the same `email`). */
const emailFormSchema = z.object({ email: emailSchema });
type EmailForm = z.input<typeof emailFormSchema>;

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

type Outcome = { inviteUrl: string; emailed: boolean; email: string };

/**
 * A client who has not chosen a password yet: when the link went out and until when it works,
 * a new link (older ones stop working) and a corrected address, so an invitation is never lost.
 */
export function PendingInvitation({ client }: { client: ClientDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [changing, setChanging] = useState(false);
  const refresh = (email: string) => async (result: { inviteUrl: string; emailed: boolean }) => {
    setOutcome({ inviteUrl: result.inviteUrl, emailed: result.emailed, email });
    setChanging(false);
    await queryClient.invalidateQueries({
      queryKey: trpc.clients.get.queryKey({ clientId: client.id }),
    });
  };
  const resend = useMutation(trpc.clients.reinvite.mutationOptions());
  const { invite } = client;
  // The moment the page was opened: "expired" must not flip while it is rendered.
  const [openedAt] = useState(() => Date.now());
  const expired = invite.expiresAt !== null && invite.expiresAt.getTime() <= openedAt;

  return (
    <section className="card stack" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">Invitation</h2>
      <p>
        {client.name} has not chosen a password yet, so they cannot sign in.{' '}
        {expired && <strong>The last link has expired.</strong>}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>Sent to</dt>
          <dd>{client.email}</dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd data-testid="invitation-sent" suppressHydrationWarning>
            {invite.sentAt ? when.format(invite.sentAt) : '–'}
          </dd>
        </div>
        <div>
          <dt>{expired ? 'Expired' : 'Link works until'}</dt>
          <dd data-testid="invitation-expires" suppressHydrationWarning>
            {invite.expiresAt ? when.format(invite.expiresAt) : '–'}
          </dd>
        </div>
      </dl>
      {outcome && (
        <div className="success stack" role="status" data-testid="resend-result">
          <p>
            {outcome.emailed
              ? `A new link was e-mailed to ${outcome.email}. Earlier links no longer work.`
              : `A new link was made for ${outcome.email}; earlier links no longer work. E-mail is not set up on this server, so pass it on yourself.`}
          </p>
          {!outcome.emailed && <CopyLink url={outcome.inviteUrl} label="New invitation link" />}
        </div>
      )}
      {resend.isError && (
        <p role="alert" className="alert">
          {resend.error.message}
        </p>
      )}
      {changing ? (
        <ChangeEmailForm
          client={client}
          onDone={(result, email) => refresh(email)(result)}
          onCancel={() => setChanging(false)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            disabled={resend.isPending}
            onClick={() =>
              resend.mutate(
                { clientId: client.id },
                { onSuccess: (result) => void refresh(client.email)(result) },
              )
            }
          >
            {resend.isPending ? 'Sending…' : 'Resend the invitation'}
          </button>
          <button type="button" className="secondary" onClick={() => setChanging(true)}>
            Change e-mail
          </button>
        </div>
      )}
    </section>
  );
}

function ChangeEmailForm({
  client,
  onDone,
  onCancel,
}: {
  client: ClientDetail;
  onDone: (result: { inviteUrl: string; emailed: boolean }, email: string) => Promise<void>;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const change = useMutation(trpc.clients.changeInviteEmail.mutationOptions());
  const { register, handleSubmit, formState, setError } = useForm<EmailForm>({
    resolver: zodResolver(emailFormSchema),
    defaultValues: { email: client.email },
  });
  const error = formState.errors.email?.message;
  return (
    <form
      className="stack"
      noValidate
      aria-label="Change the e-mail address"
      onSubmit={handleSubmit(async ({ email }) => {
        try {
          const result = await change.mutateAsync({ clientId: client.id, email });
          await onDone(result, email);
        } catch (failure) {
          const fields = apiFieldErrors(failure);
          setError('email', {
            message: fields.email ?? (failure instanceof Error ? failure.message : String(failure)),
          });
        }
      })}
    >
      <FormField
        id="invitation-email"
        label="Correct e-mail address"
        hint="A new link goes to this address; links sent to the old one stop working."
        error={error}
      >
        <input
          {...fieldControlProps('invitation-email', error, true)}
          {...register('email')}
          type="email"
          autoComplete="off"
        />
      </FormField>
      <div className="row">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Sending…' : 'Save and send a new link'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
