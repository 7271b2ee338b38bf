'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '@/trpc/client';
import styles from './checkin-form.module.css';

const POSE_LABELS = { front: 'Front', side: 'Side', back: 'Back' } as const;
export type Pose = keyof typeof POSE_LABELS;

/**
 * One progress photo of a pose: chosen on the phone (camera or library), uploaded at once to
 * POST /api/photos, which answers the photo's id or a message saying why it was refused.
 */
export function PhotoPicker({
  pose,
  takenOn,
  photoId,
  onUploaded,
}: {
  pose: Pose;
  takenOn: string;
  photoId: string | null;
  onUploaded: (id: string | null) => void;
}) {
  const id = useId();
  const trpc = useTRPC();
  // Removing deletes the photo itself (the API audits it), not just its place in the check-in.
  const remove = useMutation(
    trpc.photos.delete.mutationOptions({
      onSuccess: () => onUploaded(null),
      onError: (error) => {
        setState('error');
        setMessage(error.message);
      },
    }),
  );
  const [state, setState] = useState<'idle' | 'uploading' | 'error'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setState('uploading');
    setMessage(null);
    const form = new FormData();
    form.set('file', file);
    form.set('pose', pose);
    form.set('takenOn', takenOn);
    try {
      const response = await fetch('/api/photos', { method: 'POST', body: form });
      const body = (await response.json().catch(() => null)) as {
        id?: string;
        error?: { message: string };
      } | null;
      if (!response.ok || !body?.id) {
        setState('error');
        setMessage(
          (body?.error?.message ?? `The upload failed (${response.status})`).replace(/^file: /, ''),
        );
        return;
      }
      setState('idle');
      onUploaded(body.id);
    } catch {
      setState('error');
      setMessage('Could not reach the server. Check your connection and try again.');
    }
  };
  return (
    <div className={styles.photo}>
      <label htmlFor={id}>{POSE_LABELS[pose]} photo</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
        aria-describedby={message ? `${id}-error` : undefined}
        disabled={state === 'uploading'}
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      {state === 'uploading' && <p className="muted">Uploading…</p>}
      {message && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
      {photoId && (
        <>
          <img
            src={`/api/photos/${photoId}?size=thumb`}
            alt={`Your ${pose} photo`}
            width={160}
            height={213}
          />
          <button
            type="button"
            className="secondary"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: photoId })}
          >
            {remove.isPending ? 'Deleting…' : 'Delete photo'}
          </button>
        </>
      )}
    </div>
  );
}
