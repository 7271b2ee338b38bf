import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters, type AuditFilter } from '@/components/admin/audit-filters';
import {
  AUDIT_ENTITY_LABELS,
  AUDIT_PAGE_SIZES,
  DEFAULT_AUDIT_PAGE_SIZE,
} from '@/components/admin/audit-labels';
import { AuditTable } from '@/components/admin/audit-table';
import styles from '@/components/admin/audit-table.module.css';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The filter in the URL; a kind the log does not record is ignored rather than refused. */
function filterFrom(params: SearchParams): AuditFilter & { cursor?: string } {
  const entity = single(params.entity);
  const size = single(params.size);
  return {
    entity: entity && entity in AUDIT_ENTITY_LABELS ? entity : undefined,
    size: size && (AUDIT_PAGE_SIZES as readonly string[]).includes(size) ? size : undefined,
    entityId: single(params.entityId),
    actorId: single(params.actorId),
    cursor: single(params.cursor),
  };
}

function auditHref(filter: AuditFilter & { cursor?: string }) {
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const text = query.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

/** Who changed what and when: assignments, the catalog, programs, accounts and roles. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { cursor, ...filter } = filterFrom(await searchParams);
  const api = await serverApi();
  const { size, ...query } = filter;
  const limit = Number(size ?? DEFAULT_AUDIT_PAGE_SIZE);
  const page = await api.audit.list({ ...query, cursor, limit }).catch((error: unknown) => {
    // A hand-edited or stale link (unknown cursor, malformed id): say so, offer the first page.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return null;
    throw error;
  });

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        Every change to assignments, the exercise catalog, programs, accounts and roles: who made
        it, when, and to what. Newest first; times in UTC.
      </p>
      <AuditFilters filter={filter} />
      {page === null ? (
        <>
          <ErrorState
            title="This page of the log cannot be shown"
            message="The link is out of date or was changed by hand."
          />
          <Link href="/admin/audit">Show the newest entries</Link>
        </>
      ) : page.items.length === 0 ? (
        <EmptyState
          title={cursor ? 'No older entries' : 'No entries yet'}
          action={
            cursor || filter.entity || filter.entityId || filter.actorId ? (
              <Link href="/admin/audit">Show the whole log</Link>
            ) : undefined
          }
        >
          {cursor
            ? 'You have reached the start of the log.'
            : filter.entity || filter.entityId || filter.actorId
              ? 'Nothing recorded matches this filter.'
              : 'Changes to assignments, the catalog, programs and accounts appear here as they happen.'}
        </EmptyState>
      ) : (
        <>
          <AuditTable
            names={page.names}
            entries={page.items}
            href={(narrow) => auditHref({ entity: filter.entity, size: filter.size, ...narrow })}
          />
          <nav aria-label="Pages of the audit log" className={`row ${styles.pager}`}>
            {cursor && <Link href={auditHref(filter)}>← Newest entries</Link>}
            <span className="spacer" />
            {page.nextCursor && (
              <Link href={auditHref({ ...filter, cursor: page.nextCursor })}>Older entries →</Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
