'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiErrorMessage } from '@/components/ui/api-error';
import { useTRPC } from '@/trpc/client';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import styles from './notes-section.module.css';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Notes only the coach sees. */
export function NotesSection({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notes = useQuery(trpc.notes.list.queryOptions({ clientId }));
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const bodyId = useId();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.notes.list.queryKey({ clientId }) });
  const add = useMutation(
    trpc.notes.create.mutationOptions({
      onSuccess: async () => {
        setBody('');
        setError(null);
        await refresh();
      },
      onError: (e) => setError(apiErrorMessage(e)),
    }),
  );
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation(
    trpc.notes.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await refresh();
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError('Write something first');
      return;
    }
    add.mutate({ clientId, body: body.trim() });
  };

  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Private notes</h2>
      <p className="muted">Only you can read these; the client never sees them.</p>
      <form onSubmit={submit} className="stack" noValidate>
        <FormField id={bodyId} label="New note" error={error ?? undefined}>
          <textarea
            {...fieldControlProps(bodyId, error ?? undefined)}
            value={body}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
          />
        </FormField>
        <div>
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add note'}
          </button>
        </div>
      </form>
      {notes.isPending ? (
        <LoadingState label="Loading notes…" />
      ) : notes.isError ? (
        <ErrorState
          title="Notes could not be loaded"
          message={apiErrorMessage(notes.error)}
          onRetry={() => notes.refetch()}
        />
      ) : notes.data.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className={styles.list}>
          {notes.data.map((note) => (
            <li key={note.id} className={styles.note}>
              <p className={styles.body}>{note.body}</p>
              <div className="row">
                <span className="muted">{dateTime.format(new Date(note.createdAt))}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setDeleting(note.id)}
                  aria-label={`Delete the note of ${dateTime.format(new Date(note.createdAt))}`}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this note?"
        confirmLabel="Delete note"
        pending={remove.isPending}
        error={remove.error ? apiErrorMessage(remove.error) : null}
        onConfirm={() => deleting && remove.mutate({ id: deleting })}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <p>The note is removed for good; this cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
