'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { CoachAccount } from './api-types';
import styles from './coach-accounts.module.css';
import { CoachCreateForm } from './coach-create-form';
import { formatDateTime } from './labels';

/** Every coach account with its roster size; deactivation (reversible) blocks sign-in at once. */
export function CoachAccounts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const coaches = useQuery(trpc.coaches.list.queryOptions());
  const [target, setTarget] = useState<CoachAccount | null>(null);
  const deactivate = useMutation(trpc.coaches.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.coaches.reactivate.mutationOptions());
  const mutation = target?.deactivatedAt ? reactivate : deactivate;

  const close = () => {
    deactivate.reset();
    reactivate.reset();
    setTarget(null);
  };

  const confirm = async () => {
    if (!target) return;
    try {
      await mutation.mutateAsync({ id: target.id });
      await queryClient.invalidateQueries({ queryKey: trpc.coaches.list.queryKey() });
      close();
    } catch {
      // The dialog shows mutation.error and stays open.
    }
  };

  return (
    <>
      <section aria-labelledby="coaches-list-title">
        <h2 id="coaches-list-title">Coaches</h2>
        {coaches.isPending ? (
          <LoadingState label="Loading coaches…" />
        ) : coaches.isError ? (
          <ErrorState
            title="The coaches could not be loaded"
            message={apiErrorMessage(coaches.error)}
            onRetry={() => coaches.refetch()}
          />
        ) : coaches.data.length === 0 ? (
          <EmptyState title="No coach accounts yet">Create the first one below.</EmptyState>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Clients</th>
                  <th scope="col">Status</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {coaches.data.map((coach) => (
                  <tr
                    key={coach.id}
                    className={coach.deactivatedAt ? styles.inactive : undefined}
                    data-testid="coach-row"
                  >
                    <td>{coach.name}</td>
                    <td>{coach.email}</td>
                    <td>{coach.clientCount}</td>
                    <td>
                      {coach.deactivatedAt ? (
                        <span
                          className="badge bad"
                          title={`Since ${formatDateTime(coach.deactivatedAt)}`}
                        >
                          Deactivated
                        </span>
                      ) : (
                        <span className="badge good">Active</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setTarget(coach)}
                        aria-label={`${coach.deactivatedAt ? 'Reactivate' : 'Deactivate'} ${coach.name}`}
                      >
                        {coach.deactivatedAt ? 'Reactivate' : 'Deactivate'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="coach-create-title">
        <h2 id="coach-create-title">Create a coach account</h2>
        <CoachCreateForm />
      </section>

      <ConfirmDialog
        open={target !== null}
        title={
          target?.deactivatedAt
            ? `Reactivate ${target?.name}?`
            : `Deactivate ${target?.name ?? ''}?`
        }
        confirmLabel={target?.deactivatedAt ? 'Reactivate' : 'Deactivate'}
        tone={target?.deactivatedAt ? 'primary' : 'danger'}
        pending={mutation.isPending}
        error={mutation.error ? apiErrorMessage(mutation.error) : null}
        onCancel={close}
        onConfirm={confirm}
      >
        {target?.deactivatedAt ? (
          <p>They can sign in again and see their clients as before.</p>
        ) : (
          <p>
            They are signed out at once and cannot sign in. Their {target?.clientCount ?? 0} client
            {target?.clientCount === 1 ? '' : 's'} and all history stay as they are, and you can
            reactivate the account later.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
