'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { setApiErrors } from '@/components/ui/api-error';
import { ClientFields } from './client-fields';
import {
  CLIENT_FORM_FIELD,
  clientFormSchema,
  toProfileInput,
  type ClientFormInput,
  type ClientFormValues,
} from './client-form-schema';
import { CopyLink } from './copy-link';

type Sent = {
  clientId: string;
  name: string;
  email: string;
  inviteUrl: string | null;
  resent: boolean;
};

/** Creates the client's account; without mail set up, the coach gets the one-time link to pass on. */
export function InviteClientForm({ unit }: { unit: UnitSystem }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<Sent | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<
    ClientFormInput,
    unknown,
    ClientFormValues
  >({
    resolver: zodResolver(clientFormSchema(unit)),
    defaultValues: { sex: '', activityLevel: 'light' },
  });
  const invite = useMutation(
    trpc.clients.invite.mutationOptions({
      onSuccess: async (result, input) => {
        setSent({
          clientId: result.clientId,
          name: input.name,
          email: input.email,
          inviteUrl: result.emailed ? null : result.inviteUrl,
          resent: result.resent,
        });
        reset();
        await queryClient.invalidateQueries({ queryKey: trpc.adherence.roster.queryKey() });
      },
      onError: (error) => {
        setApiErrors(error, setError, (path) => CLIENT_FORM_FIELD[path] ?? null);
      },
    }),
  );

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a client</h2>
      {sent && (
        <div className="success stack" data-testid="invite-result" style={{ marginBottom: '1rem' }}>
          <p>
            {sent.resent ? (
              <>
                <strong>{sent.email}</strong> was already invited and has not chosen a password yet:
                this sent a new link, and earlier links no longer work.
              </>
            ) : (
              <>
                <strong>{sent.name}</strong> ({sent.email}) is invited.
              </>
            )}
            {sent.inviteUrl
              ? ' E-mail is not set up on this server, so pass this one-time link on yourself. A new one can be made from their page at any time.'
              : ' They will get an e-mail with a link to choose a password.'}
          </p>
          {sent.inviteUrl && <CopyLink url={sent.inviteUrl} label="One-time invitation link" />}
          <p>
            <Link href={`/coach/clients/${sent.clientId}`}>
              Open {sent.resent ? 'their' : `${sent.name}’s`} page to assign the program
            </Link>
          </p>
        </div>
      )}
      <form
        onSubmit={handleSubmit((values) =>
          invite.mutate({ ...toProfileInput(values, unit), email: values.email }),
        )}
        noValidate
        className="stack"
      >
        <ClientFields
          idPrefix="invite"
          register={register}
          errors={formState.errors}
          unit={unit}
          withEmail
        />
        {formState.errors.root?.message && (
          <p role="alert" className="alert">
            {formState.errors.root.message}
          </p>
        )}
        <div className="row">
          <button type="submit" disabled={invite.isPending}>
            {invite.isPending ? 'Inviting…' : 'Send the invitation'}
          </button>
        </div>
      </form>
    </section>
  );
}
