'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ExerciseFields } from '@sixstep/api/schemas';
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from '@/components/ui/api-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { ExerciseDetail } from './api-types';
import styles from './exercise-editor.module.css';
import { ExerciseForm } from './exercise-form';
import { exerciseFormValues } from './exercise-form-schema';
import { ExerciseHistory } from './exercise-history';

type StaleState = 'fresh' | 'conflict' | 'reloaded';

/** A stale edit is a CONFLICT about the version; a taken slug is a CONFLICT about a field. */
const isStaleEdit = (error: unknown) =>
  apiErrorCode(error) === 'CONFLICT' && apiFieldErrors(error).slug === undefined;

function EasierExercises({ exercise }: { exercise: ExerciseDetail }) {
  if (exercise.easier.length === 0)
    return <p className={`muted ${styles.ladder}`}>No easier exercise leads up to this one.</p>;
  return (
    <p className={styles.ladder}>
      Easier exercise{exercise.easier.length > 1 ? 's' : ''} leading here:{' '}
      {exercise.easier.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <Link href={`/admin/catalog/${e.id}`}>{e.name}</Link>
          {e.archivedAt && ' (archived)'}
        </span>
      ))}
    </p>
  );
}

/**
 * One exercise: edit (optimistic version), archive or restore behind a confirmation, and its history.
 * The loaded copy is never refreshed behind the editor's back, so a concurrent change shows up as a
 * CONFLICT instead of silently overwriting it.
 */
export function ExerciseEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const exercise = useQuery({
    ...trpc.catalog.get.queryOptions({ id }),
    staleTime: Infinity,
    retry: false,
  });
  const [stale, setStale] = useState<StaleState>('fresh');
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<'archive' | 'restore' | null>(null);
  const update = useMutation(trpc.catalog.update.mutationOptions());
  const archive = useMutation(trpc.catalog.archive.mutationOptions());
  const restore = useMutation(trpc.catalog.restore.mutationOptions());
  const values = useMemo(
    () => (exercise.data ? exerciseFormValues(exercise.data) : null),
    [exercise.data],
  );

  if (exercise.isPending) return <LoadingState label="Loading the exercise…" />;
  if (exercise.isError) {
    const code = apiErrorCode(exercise.error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST')
      return (
        <EmptyState
          title="This exercise does not exist"
          action={<Link href="/admin/catalog">Back to the catalog</Link>}
        >
          The link may be mistyped, or the exercise was removed.
        </EmptyState>
      );
    return (
      <ErrorState
        title="The exercise could not be loaded"
        message={apiErrorMessage(exercise.error)}
        onRetry={() => exercise.refetch()}
      />
    );
  }
  const current = exercise.data;

  const afterChange = async (changed: Partial<ExerciseDetail>) => {
    queryClient.setQueryData(trpc.catalog.get.queryKey({ id }), (old) =>
      old ? { ...old, ...changed } : old,
    );
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.catalog.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.catalog.history.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.catalog.list.pathKey() }),
    ]);
  };

  const save = async (fields: ExerciseFields) => {
    setSaved(false);
    const updated = await update.mutateAsync({ id, version: current.version, ...fields });
    setStale('fresh');
    setSaved(true);
    await afterChange(updated);
  };

  const reloadLatest = async () => {
    await exercise.refetch();
    setStale('reloaded');
  };

  const confirmAction = async () => {
    try {
      const changed =
        confirming === 'archive'
          ? await archive.mutateAsync({ id, version: current.version })
          : await restore.mutateAsync({ id });
      setConfirming(null);
      await afterChange(changed);
    } catch (error) {
      if (isStaleEdit(error)) {
        setConfirming(null);
        setStale('conflict');
      }
    }
  };
  const actionError =
    confirming === 'archive' ? archive.error : confirming === 'restore' ? restore.error : null;

  return (
    <>
      <div className={styles.header}>
        <h1>{current.name}</h1>
        {current.archivedAt ? (
          <span className="badge warn">Archived</span>
        ) : (
          <span className="badge good">Active</span>
        )}
        <span className="muted">version {current.version}</span>
        <span className="spacer" />
        {current.archivedAt ? (
          <button type="button" className="secondary" onClick={() => setConfirming('restore')}>
            Restore
          </button>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming('archive')}>
            Archive
          </button>
        )}
      </div>

      {stale === 'conflict' && (
        <div role="alert" className={`alert ${styles.banner}`}>
          <p>
            <strong>Someone else changed this exercise after you opened it.</strong> Nothing of
            yours was saved, and your edits are still in the form.
          </p>
          <p>
            Load the latest version: the fields you changed keep what you typed, the others show the
            new values. Then check and save again.
          </p>
          <button
            type="button"
            className="secondary"
            onClick={reloadLatest}
            disabled={exercise.isFetching}
          >
            {exercise.isFetching ? 'Loading…' : 'Load the latest version'}
          </button>
        </div>
      )}
      {stale === 'reloaded' && (
        <p role="status" className={`notice ${styles.banner}`}>
          Now showing version {current.version}. Your edits were kept; review them and save again.
        </p>
      )}
      {saved && stale === 'fresh' && (
        <p role="status" className={`success ${styles.banner}`}>
          Saved. This is now version {current.version}.
        </p>
      )}
      {current.archivedAt && (
        <p className={`notice ${styles.banner}`}>
          Archived exercises are hidden from coaches and cannot be picked for new programs. Existing
          assignments keep them.
        </p>
      )}

      {values && (
        <ExerciseForm
          exerciseId={id}
          values={values}
          submitLabel="Save changes"
          onSubmit={save}
          onAttempt={() => setSaved(false)}
          onError={(error) => {
            if (!isStaleEdit(error)) return false;
            setSaved(false);
            setStale('conflict');
            return true;
          }}
          ladderNote={<EasierExercises exercise={current} />}
        />
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ExerciseHistory id={id} />
      </section>

      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming === 'archive' ? `Archive “${current.name}”?` : `Restore “${current.name}”?`
        }
        confirmLabel={confirming === 'archive' ? 'Archive' : 'Restore'}
        tone={confirming === 'archive' ? 'danger' : 'primary'}
        pending={archive.isPending || restore.isPending}
        error={actionError ? apiErrorMessage(actionError) : null}
        onCancel={() => {
          archive.reset();
          restore.reset();
          setConfirming(null);
        }}
        onConfirm={confirmAction}
      >
        {confirming === 'archive' ? (
          <p>
            It disappears from the catalog and cannot be chosen for new programs. Clients who
            already have it keep it. You can restore it later.
          </p>
        ) : (
          <p>It comes back to the catalog and coaches can choose it again.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
