'use client';

import { useQuery } from '@tanstack/react-query';
import { apiErrorMessage } from '@/components/ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { ExerciseRevision } from './api-types';
import styles from './exercise-history.module.css';
import { CATEGORY_LABELS, formatDateTime } from './labels';
import { WordDiff } from './word-diff';

const FIELD_LABELS: Record<string, string> = {
  slug: 'Slug',
  name: 'Name',
  category: 'Category',
  muscles: 'Muscles',
  equipment: 'Equipment',
  instructions: 'Instructions',
  mediaUrl: 'Media URL',
  difficulty: 'Difficulty',
  progressionId: 'Harder exercise',
  archivedAt: 'Archived',
};

const ACTION_LABELS: Record<ExerciseRevision['action'], string> = {
  created: 'Created',
  updated: 'Edited',
  archived: 'Archived',
  restored: 'Restored',
};

type Change = { from: unknown; to: unknown };

/** Texts this long read better as a word-level difference than as two truncated copies. */
const LONG_TEXT = 60;
const isLongText = (change: Change) =>
  typeof change.from === 'string' &&
  typeof change.to === 'string' &&
  Math.max(change.from.length, change.to.length) > LONG_TEXT;

function describeValue(field: string, value: unknown, exerciseNames: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (field === 'progressionId' && typeof value === 'string')
    return exerciseNames.get(value) ?? 'an exercise no longer listed';
  if (field === 'category' && typeof value === 'string' && value in CATEGORY_LABELS)
    return CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS];
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** Who changed this exercise, when, and what each edit changed (newest first). */
export function ExerciseHistory({ id }: { id: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.catalog.history.queryOptions({ id }));
  const names = useQuery(trpc.catalog.list.queryOptions({ includeArchived: true, limit: 100 }));
  const exerciseNames = new Map((names.data?.items ?? []).map((e) => [e.id, e.name]));

  if (history.isPending) return <LoadingState label="Loading the history…" />;
  if (history.isError)
    return (
      <ErrorState
        title="The history could not be loaded"
        message={apiErrorMessage(history.error)}
        onRetry={() => history.refetch()}
      />
    );
  if (history.data.length === 0) return <EmptyState title="No changes recorded yet" />;

  return (
    <ol className={styles.list} aria-label="Revisions, newest first">
      {history.data.map((revision) => {
        const changes = Object.entries((revision.changes ?? {}) as Record<string, Change>);
        return (
          <li
            key={`${revision.version}-${revision.action}-${String(revision.createdAt)}`}
            className={styles.entry}
            data-testid="revision"
          >
            <p className={styles.head}>
              <strong>{ACTION_LABELS[revision.action]}</strong> by{' '}
              {revision.changedBy?.name ?? 'the system'} ·{' '}
              <time dateTime={new Date(revision.createdAt).toISOString()}>
                {formatDateTime(revision.createdAt)}
              </time>{' '}
              <span className="muted">· version {revision.version}</span>
            </p>
            {revision.action === 'updated' && changes.length > 0 && (
              <ul className={styles.changes}>
                {changes.map(([field, change]) => (
                  <li key={field}>
                    <span className={styles.field}>{FIELD_LABELS[field] ?? field}:</span>{' '}
                    {isLongText(change) ? (
                      <WordDiff before={change.from as string} after={change.to as string} />
                    ) : (
                      <>
                        <del>{describeValue(field, change.from, exerciseNames)}</del> →{' '}
                        <ins>{describeValue(field, change.to, exerciseNames)}</ins>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
