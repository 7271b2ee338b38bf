import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { ClientAccounts } from '@/components/admin/client-accounts';
import styles from '@/components/admin/client-accounts.module.css';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Clients' };

type SearchParams = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 25;

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function clientsHref(query: { search?: string; cursor?: string }) {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const text = params.toString();
  return text ? `/admin/clients?${text}` : '/admin/clients';
}

/** Every client account, whoever coaches it; an admin can delete one with its personal data. */
export default async function ClientsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  // Longer than the API takes: cut rather than refused, a search box is no place for an error.
  const search = single(params.search)?.slice(0, 80);
  const cursor = single(params.cursor);
  const api = await serverApi();
  const page = await api.clients
    .listAll({ search, cursor, limit: PAGE_SIZE })
    .catch((error: unknown) => {
      // A hand-edited or stale link (a cursor whose client was deleted since): say so, offer the first page.
      if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return null;
      throw error;
    });

  return (
    <>
      <h1>Clients</h1>
      <p className="muted">
        Every client account, whoever coaches them. Deleting one removes the account and all their
        personal data for good; the audit log keeps who did it and when.
      </p>
      <Form action="/admin/clients" className="row" role="search" aria-label="Search clients">
        <label>
          Search by name or e-mail
          <input
            type="search"
            name="search"
            defaultValue={search ?? ''}
            maxLength={80}
            autoComplete="off"
          />
        </label>
        <button type="submit">Search</button>
        {search && <Link href="/admin/clients">Show all clients</Link>}
      </Form>
      {page === null ? (
        <>
          <ErrorState
            title="This page of the list cannot be shown"
            message="The link is out of date or was changed by hand."
          />
          <Link href={clientsHref({ search })}>Show the first page</Link>
        </>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {search
              ? `${page.total} client${page.total === 1 ? ' matches' : 's match'} “${search}”`
              : `${page.total} client${page.total === 1 ? '' : 's'} in all`}
          </p>
          <ClientAccounts
            items={page.items}
            empty={
              <EmptyState
                title={
                  search
                    ? 'No client matches this search'
                    : cursor
                      ? 'No more clients'
                      : 'No clients yet'
                }
                action={
                  search || cursor ? <Link href="/admin/clients">Show all clients</Link> : undefined
                }
              >
                {search
                  ? 'Try part of the name or of the e-mail address.'
                  : cursor
                    ? 'You have reached the end of the list.'
                    : 'Clients appear here once a coach invites them.'}
              </EmptyState>
            }
            pager={
              <nav aria-label="Pages of the client list" className={`row ${styles.pager}`}>
                {cursor && <Link href={clientsHref({ search })}>← First page</Link>}
                <span className="spacer" />
                {page.nextCursor && (
                  <Link href={clientsHref({ search, cursor: page.nextCursor })}>Next page →</Link>
                )}
              </nav>
            }
          />
        </>
      )}
    </>
  );
}
