'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useLightMutation } from '@/trpc/mutation';

/** Undo for a logged workout, asked once more so a stray tap deletes nothing. */
export function DeleteWorkoutButton({ id, what }: { id: string; what: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useLightMutation('logs.deleteWorkout', {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => setOpen(true)}
        aria-label={`Delete ${what}`}
      >
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title="Delete this workout?"
        confirmLabel="Delete"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error ? apiErrorMessage(remove.error) : null}
        onConfirm={() => remove.mutate({ id })}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
      >
        <p>{what} will be removed from your log. Your adherence is recalculated without it.</p>
      </ConfirmDialog>
    </>
  );
}
