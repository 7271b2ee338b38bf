'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { apiFieldErrors } from './api-errors';
import { ClientFields } from './client-fields';
import {
  CLIENT_FORM_FIELD,
  clientFormSchema,
  toProfileInput,
  type ClientFormInput,
  type ClientFormValues,
} from './client-form-schema';
import { CopyLink } from './copy-link';
import { apiErrorMessage } from '@/components/ui/api-error';

type Sent = { clientId: string; name: string; email: string; inviteUrl: string | null };

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
          inviteUrl: result.inviteUrl ?? null,
        });
        reset();
        await queryClient.invalidateQueries({ queryKey: trpc.adherence.roster.queryKey() });
      },
      onError: (error) => {
        const fields = Object.entries(apiFieldErrors(error));
        if (fields.length === 0) setError('root', { message: apiErrorMessage(error) });
        for (const [path, message] of fields)
          setError(CLIENT_FORM_FIELD[path] ?? (path as Path<ClientFormInput>), { message });
      },
    }),
  );

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a client</h2>
      {sent && (
        <div className="success stack" data-testid="invite-result" style={{ marginBottom: '1rem' }}>
          <p>
            <strong>{sent.name}</strong> ({sent.email}) is invited.
            {sent.inviteUrl
              ? ' E-mail is not set up on this server, so pass this one-time link on yourself. It is shown only now.'
              : ' They will get an e-mail with a link to choose a password.'}
          </p>
          {sent.inviteUrl && <CopyLink url={sent.inviteUrl} label="One-time invitation link" />}
          <p>
            <Link href={`/coach/clients/${sent.clientId}`}>
              Open {sent.name}’s page to assign the program
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
