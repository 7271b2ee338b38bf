'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/trpc/client';
import { ExerciseForm } from './exercise-form';
import { emptyExerciseForm } from './exercise-form-schema';

/** A new catalog entry; on success the admin lands on its page. */
export function ExerciseCreator() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.catalog.create.mutationOptions());
  return (
    <ExerciseForm
      values={emptyExerciseForm}
      submitLabel="Create the exercise"
      onSubmit={async (fields) => {
        const created = await create.mutateAsync(fields);
        await queryClient.invalidateQueries({ queryKey: trpc.catalog.list.pathKey() });
        router.push(`/admin/catalog/${created.id}`);
      }}
    />
  );
}
