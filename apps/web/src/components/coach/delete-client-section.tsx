'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import type { ClientDetail } from './api-types';
import { DELETED_CLIENT_KEY } from './deleted-client-notice';

/**
 * The danger zone: deleting the client's account and personal data. The coach types the
 * client's e-mail address to confirm (the API checks it again); on success, back to the roster.
 */
export function DeleteClientSection({ client }: { client: Pick<ClientDetail, 'id' | 'name' | 'email'> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = typed.trim() === client.email;
  const remove = useMutation(
    trpc.accounts.deleteClient.mutationOptions({
      onSuccess: async () => {
        sessionStorage.setItem(DELETED_CLIENT_KEY, client.name);
        // The roster must not show the client again even for a moment; the rest is only marked
        // stale, as refetching this page's queries now would just ask for a client that is gone.
        queryClient.removeQueries({ queryKey: trpc.adherence.roster.queryKey() });
        await queryClient.invalidateQueries({ refetchType: 'none' });
        router.replace('/coach');
      },
    }),
  );

  const close = () => {
    setOpen(false);
    setTyped('');
    setMismatch(false);
    remove.reset();
  };

  const confirm = (event?: FormEvent) => {
    event?.preventDefault();
    if (!matches) {
      setMismatch(true);
      return;
    }
    remove.mutate({ clientId: client.id, confirmation: typed.trim() });
  };

  const fieldError = mismatch && !matches ? 'This is not the e-mail address of this client.' : undefined;

  return (
    <section className="card" aria-labelledby="danger-zone-heading">
      <h2 id="danger-zone-heading">Delete client</h2>
      <p>
        Deletes {client.name}&rsquo;s account and everything Sixstep keeps about them: profile, programs, day
        logs, workouts and your notes. This cannot be undone; export their logs first if you need them.
      </p>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Delete client…
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${client.name}?`}
        confirmLabel="Delete client and data"
        pending={remove.isPending || remove.isSuccess}
        confirmDisabled={!matches}
        initialFocus={inputRef}
        error={remove.error ? apiErrorMessage(remove.error) : null}
        onConfirm={() => confirm()}
        onCancel={close}
      >
        <p>
          Their account, profile, programs, day logs, workouts and your notes about them are deleted for good, and
          they can no longer sign in.
        </p>
        <form onSubmit={confirm} noValidate>
          <FormField
            id={inputId}
            label="Type the client's e-mail address to confirm"
            hint={
              <>
                Type <strong>{client.email}</strong> exactly as shown.
              </>
            }
            error={fieldError}
          >
            <input
              {...fieldControlProps(inputId, fieldError, true)}
              ref={inputRef}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value);
                setMismatch(false);
              }}
              disabled={remove.isPending}
            />
          </FormField>
        </form>
      </ConfirmDialog>
    </section>
  );
}
