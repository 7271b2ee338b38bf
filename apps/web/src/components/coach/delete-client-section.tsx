'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { DeleteClientButton } from '@/components/client-deletion/delete-client-button';
import { useTRPC } from '@/trpc/client';
import type { ClientDetail } from './api-types';
import { DELETED_CLIENT_KEY } from './deleted-client-notice';

/**
 * The danger zone: deleting the client's account and personal data after a typed confirmation;
 * on success, back to the roster.
 */
export function DeleteClientSection({
  client,
}: {
  client: Pick<ClientDetail, 'id' | 'name' | 'email'>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();

  const backToRoster = async () => {
    sessionStorage.setItem(DELETED_CLIENT_KEY, client.name);
    // The roster must not show the client again even for a moment; the rest is only marked
    // stale, as refetching this page's queries now would just ask for a client that is gone.
    queryClient.removeQueries({ queryKey: trpc.adherence.roster.queryKey() });
    await queryClient.invalidateQueries({ refetchType: 'none' });
    router.replace('/coach');
  };

  return (
    <section className="card" aria-labelledby="danger-zone-heading">
      <h2 id="danger-zone-heading">Delete client</h2>
      <p>
        Deletes {client.name}&rsquo;s account and everything Sixstep keeps about them: profile,
        programs, day logs, workouts and your notes. This cannot be undone; export their logs first
        if you need them.
      </p>
      <DeleteClientButton client={client} onDeleted={backToRoster}>
        Delete client…
      </DeleteClientButton>
    </section>
  );
}
