'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { formatDay } from '@/components/client/format';
import { FormField } from '@/components/ui/form-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { PhotoFacts } from './api-types';
import styles from './photo-compare.module.css';

const POSES = ['back', 'front', 'side'] as const;
type Pose = (typeof POSES)[number];

/** Two dates of one pose side by side (by default the first and the latest photo of the back). */
export function PhotoCompare({ clientId, clientName }: { clientId: string; clientName: string }) {
  const trpc = useTRPC();
  const photos = useQuery(trpc.photos.list.queryOptions({ clientId }));
  const [pose, setPose] = useState<Pose>('back');
  const [picked, setPicked] = useState<{ before?: string; after?: string }>({});
  const ids = { pose: useId(), before: useId(), after: useId() };
  const ofPose = useMemo(
    () =>
      (photos.data ?? [])
        .filter((p) => p.pose === pose)
        .sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0)),
    [photos.data, pose],
  );
  if (photos.isPending) return <LoadingState label="Loading photos…" />;
  if (photos.isError)
    return (
      <ErrorState
        title="Photos could not be loaded"
        message={photos.error.message}
        onRetry={() => photos.refetch()}
      />
    );
  const before = ofPose.find((p) => p.id === picked.before) ?? ofPose[0];
  const after = ofPose.find((p) => p.id === picked.after) ?? ofPose.at(-1);
  const options = (list: PhotoFacts[]) =>
    list.map((p) => (
      <option key={p.id} value={p.id}>
        {formatDay(p.takenOn)}
      </option>
    ));
  return (
    <>
      <div className={styles.controls}>
        <FormField id={ids.pose} label="Pose">
          <select
            id={ids.pose}
            value={pose}
            onChange={(e) => {
              setPose(e.target.value as Pose);
              setPicked({});
            }}
          >
            {POSES.map((p) => (
              <option key={p} value={p}>
                {p[0]!.toUpperCase() + p.slice(1)}
              </option>
            ))}
          </select>
        </FormField>
        {ofPose.length > 1 && (
          <>
            <FormField id={ids.before} label="Earlier photo">
              <select
                id={ids.before}
                value={before?.id}
                onChange={(e) => setPicked((p) => ({ ...p, before: e.target.value }))}
              >
                {options(ofPose)}
              </select>
            </FormField>
            <FormField id={ids.after} label="Later photo">
              <select
                id={ids.after}
                value={after?.id}
                onChange={(e) => setPicked((p) => ({ ...p, after: e.target.value }))}
              >
                {options(ofPose)}
              </select>
            </FormField>
          </>
        )}
      </div>
      {ofPose.length < 2 ? (
        <EmptyState title={`Not enough ${pose} photos yet`}>
          <p>
            {clientName} has {ofPose.length === 0 ? 'no' : 'one'} {pose} photo; two dates are needed
            to compare.
          </p>
        </EmptyState>
      ) : (
        <div className={styles.pair} data-testid="photo-pair">
          {[before!, after!].map((photo, i) => (
            <figure key={`${i}-${photo.id}`}>
              <img
                src={`/api/photos/${photo.id}?size=full`}
                alt={`${clientName}, ${pose}, ${formatDay(photo.takenOn)}`}
                width={photo.width}
                height={photo.height}
              />
              <figcaption>{formatDay(photo.takenOn)}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </>
  );
}
