'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  DeleteClientButton,
  type DeletableClient,
} from '@/components/client-deletion/delete-client-button';
import type { ClientAccount } from './api-types';
import styles from './client-accounts.module.css';

const STATUS_BADGES: Record<ClientAccount['status'], { label: string; tone: string }> = {
  active: { label: 'Active', tone: 'good' },
  invited: { label: 'Invited', tone: 'warn' },
  deactivated: { label: 'Deactivated', tone: 'bad' },
};

// UTC on the server and in the browser alike, so the rendered page hydrates without a mismatch.
const createdDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * One page of client accounts, rendered on the server and handed in; deleting one refreshes
 * the page from the server. The confirmation lives here, above the table, so it stays when the
 * refreshed page has no row left (`empty` is shown instead of the table then).
 */
export function ClientAccounts({
  items,
  empty,
  pager,
}: {
  items: ClientAccount[];
  empty: ReactNode;
  pager: ReactNode;
}) {
  const router = useRouter();
  const [deleted, setDeleted] = useState<DeletableClient | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const deletedStillListed = deleted !== null && items.some((client) => client.id === deleted.id);

  // Once the refreshed list no longer has the row (and its dialog), focus goes to the confirmation.
  useEffect(() => {
    if (deleted && !deletedStillListed) noticeRef.current?.focus();
  }, [deleted, deletedStillListed]);

  const onDeleted = (client: DeletableClient) => {
    setDeleted(client);
    router.refresh();
  };

  return (
    <>
      <div role="status">
        {deleted && !deletedStillListed && (
          <div className="success row" ref={noticeRef} tabIndex={-1}>
            <span>
              {deleted.name}&rsquo;s account and all their data were deleted. They can no longer
              sign in.
            </span>
            <span className="spacer" />
            <button type="button" className="secondary" onClick={() => setDeleted(null)}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      {items.length === 0 ? (
        empty
      ) : (
        <>
          <div className={`table-wrap ${styles.wrap}`}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Coach</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {items.map((client) => {
                  const badge = STATUS_BADGES[client.status];
                  return (
                    <tr key={client.id} data-testid="client-account-row">
                      <td>{client.name}</td>
                      <td className={styles.email}>{client.email}</td>
                      <td>{client.coachName ?? '—'}</td>
                      <td>
                        <span className={`badge ${badge.tone}`}>{badge.label}</span>
                      </td>
                      <td className={styles.nowrap}>
                        <time dateTime={new Date(client.createdAt).toISOString()}>
                          {createdDate.format(new Date(client.createdAt))}
                        </time>
                      </td>
                      <td>
                        <DeleteClientButton client={client} onDeleted={onDeleted}>
                          Delete…<span className="sr-only"> {client.name}</span>
                        </DeleteClientButton>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </>
  );
}
