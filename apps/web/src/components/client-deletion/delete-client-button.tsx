'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

export interface DeletableClient {
  id: string;
  name: string;
  email: string;
}

/**
 * A "Delete…" button and its dialog: deleting a client's account and personal data after the
 * person types the client's e-mail address (the API checks it again). Used by coaches on the
 * client page and by admins in the list of all clients; each decides where to go afterwards.
 * The dialog stays busy after success until `onDeleted` has moved the page on.
 */
export function DeleteClientButton({
  client,
  children,
  onDeleted,
}: {
  client: DeletableClient;
  /** The button's content, e.g. "Delete client…". */
  children: ReactNode;
  onDeleted: (client: DeletableClient) => void | Promise<void>;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = typed.trim() === client.email;
  const remove = useMutation(
    trpc.clients.delete.mutationOptions({ onSuccess: () => onDeleted(client) }),
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

  const fieldError =
    mismatch && !matches ? 'This is not the e-mail address of this client.' : undefined;

  return (
    <>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {children}
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
          Their account, profile, programs, day logs, workouts and their coach&rsquo;s notes about
          them are deleted for good, and they can no longer sign in.
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
    </>
  );
}
