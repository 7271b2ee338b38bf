'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import {
  addDays,
  SETTLING_DAYS,
  STEP_IDS,
  STEP_LABELS,
  type RosterFlagFilter,
} from '@sixstep/domain';
import { formatDay } from '@/components/client/format';
import { apiErrorMessage } from '@/components/ui/api-error';
import { FormField } from '@/components/ui/form-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDebounced } from '@/components/ui/use-debounced';
import { useTRPC } from '@/trpc/client';
import type { RosterEntry } from './api-types';
import { FLAG_LABELS, FlagBadges, type FlagName } from './flag-badges';
import { ScoreCell } from './score-cell';
import { UnreadBadge } from './unread-badge';
import styles from './roster.module.css';
import tableWrap from './table-wrap.module.css';

type FlagFilter = 'all' | RosterFlagFilter;

/** Rows rendered at first and per "show more": a thousand-client roster stays quick to render and to read. */
const PAGE_SIZE = 100;

/** Nothing scored yet: the assignment is settling in (or not started) and nothing is logged. */
function hasNoData(entry: RosterEntry): boolean {
  return entry.assignment !== null && entry.last7.overall === null && entry.last28.overall === null;
}

/** Why a client has no score yet and when one appears, in words. */
function noDataReason(assignment: NonNullable<RosterEntry['assignment']>): string {
  const scoredFrom = formatDay(addDays(assignment.startDate, SETTLING_DAYS));
  return `starts ${formatDay(assignment.startDate)}; scored from ${scoredFrom}, or as soon as something is logged`;
}

/** Every client of the coach, worst adherence first (the API's order), with a step-by-step heat map. */
export function Roster() {
  const trpc = useTRPC();
  // Unread counts come with the conversations; the roster renders without waiting for them.
  const threads = useQuery(trpc.messages.threads.queryOptions());
  const unread = useMemo(
    () => new Map((threads.data ?? []).map((t) => [t.clientId, t.unread])),
    [threads.data],
  );
  const [search, setSearch] = useState('');
  const [flag, setFlag] = useState<FlagFilter>('all');
  const [shown, setShown] = useState(PAGE_SIZE);
  const searchId = useId();
  const flagId = useId();
  const needle = useDebounced(search.trim());
  // The server filters (one rule, the domain's); the whole roster, prefetched with the page, gives the total.
  const roster = useQuery(trpc.adherence.roster.queryOptions());
  const filter =
    needle || flag !== 'all'
      ? { ...(needle && { search: needle }), ...(flag !== 'all' && { flag }) }
      : undefined;
  const filtered = useQuery({
    ...trpc.adherence.roster.queryOptions(filter),
    enabled: filter !== undefined,
    placeholderData: keepPreviousData,
  });
  const visible = (filter ? filtered.data : roster.data) ?? [];

  const failed = roster.isError ? roster : filter && filtered.isError ? filtered : null;
  if (failed)
    return (
      <ErrorState
        title="Your clients could not be loaded"
        message={apiErrorMessage(failed.error)}
        onRetry={() => failed.refetch()}
      />
    );
  if (!roster.data) return <LoadingState label="Loading your clients…" />;
  if (roster.data.length === 0)
    return (
      <EmptyState title="No clients yet">
        <p>
          Invite your first client with the form below; they appear here as soon as they are
          invited.
        </p>
      </EmptyState>
    );

  return (
    <section aria-labelledby="roster-heading" className={styles.roster}>
      <h2 id="roster-heading">Roster</h2>
      <div className={`row ${styles.filters}`}>
        <FormField id={searchId} label="Search by name or e-mail">
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setShown(PAGE_SIZE);
            }}
          />
        </FormField>
        <FormField id={flagId} label="Show">
          <select
            id={flagId}
            value={flag}
            onChange={(e) => {
              setFlag(e.target.value as FlagFilter);
              setShown(PAGE_SIZE);
            }}
          >
            <option value="all">All clients</option>
            {(Object.keys(FLAG_LABELS) as FlagName[]).map((name) => (
              <option key={name} value={name}>
                Flagged: {FLAG_LABELS[name].toLowerCase()}
              </option>
            ))}
            <option value="none">On track (not flagged)</option>
          </select>
        </FormField>
      </div>
      <p className="muted" role="status">
        {visible.length} of {roster.data.length} clients
        {visible.length > shown ? `, the first ${shown} shown` : ''}. Each step shows the last 7
        days above the last 28 days.
      </p>
      {filter && filtered.data === undefined ? (
        <LoadingState label="Searching…" />
      ) : visible.length === 0 ? (
        <p>No client matches this search.</p>
      ) : (
        <div className={`table-wrap ${tableWrap.wrap}`}>
          <table className={styles.table}>
            <caption className="sr-only">Adherence by step, worst overall first</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Days</th>
                <th scope="col">Overall</th>
                {STEP_IDS.map((step) => (
                  <th scope="col" key={step}>
                    {STEP_LABELS[step]}
                  </th>
                ))}
                <th scope="col">Flags</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((entry) => (
                <tr key={entry.clientId} data-testid="roster-row">
                  <th scope="row">
                    <Link href={`/coach/clients/${entry.clientId}`} className={styles.name}>
                      {entry.name}
                    </Link>
                    <span className={`muted ${styles.email}`}>{entry.email}</span>
                    {entry.invitePending && (
                      <span className="badge warn">Invitation pending</span>
                    )}{' '}
                    {entry.assignment === null && <span className="badge">No program</span>}
                    {/* In the first column too, so a phone shows it without scrolling. */}
                    {hasNoData(entry) && <span className="badge">No data yet</span>}{' '}
                    <UnreadBadge count={unread.get(entry.clientId) ?? 0} />
                  </th>
                  {hasNoData(entry) ? (
                    <td colSpan={STEP_IDS.length + 3} className={styles.noData}>
                      <strong>No data yet</strong>
                      <span className="muted"> · {noDataReason(entry.assignment!)}</span>
                    </td>
                  ) : (
                    <>
                      <td className={`muted ${styles.windows}`}>
                        <span className={styles.pair}>
                          <span>last 7</span>
                          <span>last 28</span>
                        </span>
                      </td>
                      {(['overall', ...STEP_IDS] as const).map((step) => (
                        <td key={step}>
                          <span className={styles.pair}>
                            <ScoreCell
                              score={entry.last7[step]}
                              label={`${step === 'overall' ? 'Overall' : STEP_LABELS[step]}, last 7 days`}
                            />
                            <ScoreCell
                              score={entry.last28[step]}
                              label={`${step === 'overall' ? 'Overall' : STEP_LABELS[step]}, last 28 days`}
                            />
                          </span>
                        </td>
                      ))}
                      <td>
                        {entry.assignment === null ? (
                          <span className="muted">Not scored</span>
                        ) : (
                          <FlagBadges flags={entry.flags} />
                        )}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {visible.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, visible.length - shown)} more
        </button>
      )}
    </section>
  );
}
