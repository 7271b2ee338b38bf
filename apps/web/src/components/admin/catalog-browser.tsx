'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { EXERCISE_CATEGORIES, type ExerciseCategory } from '@sixstep/domain';
import { apiErrorMessage } from '@/components/ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import styles from './catalog-browser.module.css';
import { CATEGORY_LABELS } from './labels';
import { useDebounced } from '@/components/ui/use-debounced';

/** The admin's catalog: search, category filter, archived on demand, 50 at a time. */
export function CatalogBrowser() {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<ExerciseCategory | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const debouncedSearch = useDebounced(search.trim());

  const list = useInfiniteQuery(
    trpc.catalog.list.infiniteQueryOptions(
      {
        search: debouncedSearch || undefined,
        category: category || undefined,
        includeArchived,
        limit: 50,
      },
      // Keep showing the last rows while a new search loads, instead of flashing a spinner per key.
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(debouncedSearch || category);

  return (
    <section aria-label="Exercises">
      <div className={styles.filters}>
        <label>
          Search
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Name, muscle or equipment"
            maxLength={80}
          />
        </label>
        <label>
          Category
          <select
            value={category}
            onChange={(e) => setCategory(e.target.value as ExerciseCategory | '')}
          >
            <option value="">All categories</option>
            {EXERCISE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          Include archived
        </label>
      </div>

      {list.isPending ? (
        <LoadingState label="Loading exercises…" />
      ) : list.isError ? (
        <ErrorState
          title="The catalog could not be loaded"
          message={apiErrorMessage(list.error)}
          onRetry={() => list.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState title={filtered ? 'No exercise matches' : 'The catalog is empty'}>
          {filtered
            ? 'Try another word or category.'
            : 'Add the first exercise with “New exercise”.'}
        </EmptyState>
      ) : (
        <>
          <p className={`muted ${styles.count}`} role="status">
            {items.length} {items.length === 1 ? 'exercise' : 'exercises'}
            {list.hasNextPage ? ' so far' : ''}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Category</th>
                  <th scope="col">Difficulty</th>
                  <th scope="col" className={styles.hideNarrow}>
                    Muscles
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((exercise) => (
                  <tr
                    key={exercise.id}
                    className={exercise.archivedAt ? styles.archived : undefined}
                    data-testid="catalog-row"
                  >
                    <td>
                      <Link href={`/admin/catalog/${exercise.id}`}>{exercise.name}</Link>
                    </td>
                    <td>{CATEGORY_LABELS[exercise.category]}</td>
                    <td>{exercise.difficulty} / 5</td>
                    <td className={styles.hideNarrow}>{exercise.muscles.join(', ') || '—'}</td>
                    <td>
                      {exercise.archivedAt ? (
                        <span className="badge warn">Archived</span>
                      ) : (
                        <span className="badge good">Active</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.hasNextPage && (
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() => list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? 'Loading…' : 'Show more'}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
