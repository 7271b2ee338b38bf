'use client';

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo } from 'react';
import { ageOn, calorieTargetFor, type UnitSystem } from '@sixstep/domain';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import { AdherenceCharts } from './adherence-charts';
import { AssignmentSection } from './assignment-section';
import { CheckinsSection } from './checkins-section';
import { ClientDownloads } from './client-downloads';
import { DeleteClientSection } from './delete-client-section';
import { LogHistory } from './log-history';
import { MessagesSection } from './messages-section';
import { NotesSection } from './notes-section';
import { PendingInvitation } from './pending-invitation';
import { ProfileSection } from './profile-section';
import { localToday } from './today';
import { WeightChart } from './weight-chart';

/** Everything a coach needs about one client; each part loads (and fails) on its own. */
export function ClientWorkspace({ clientId, unit }: { clientId: string; unit: UnitSystem }) {
  const trpc = useTRPC();
  // Prefetched by the page (HydrationBoundary): present from the first render.
  const { data: client } = useSuspenseQuery(trpc.clients.get.queryOptions({ clientId }));
  const current = useQuery(trpc.assignments.current.queryOptions({ clientId }));
  const today = localToday();
  const { profile } = client;
  const computed = useMemo(
    () =>
      calorieTargetFor({
        sex: profile.sex,
        weightKg: profile.startWeightKg,
        heightCm: profile.heightCm,
        ageYears: ageOn(profile.birthDate, today),
        activityLevel: profile.activityLevel,
      }),
    [profile, today],
  );
  const assignment = current.data ?? null;

  return (
    <>
      <p>
        <Link href="/coach">← All clients</Link>
      </p>
      <h1>{client.name}</h1>
      <p className="muted">{client.email}</p>
      <div className="grid">
        {client.invite.pending && <PendingInvitation client={client} />}
        <ProfileSection client={client} unit={unit} today={today} />
        {current.isPending ? (
          <LoadingState label="Loading the program…" />
        ) : current.isError ? (
          <ErrorState
            title="The program could not be loaded"
            message={apiErrorMessage(current.error)}
            onRetry={() => current.refetch()}
          />
        ) : (
          <AssignmentSection
            key={assignment?.id ?? 'none'}
            client={client}
            assignment={assignment}
            unit={unit}
            computed={computed}
            today={today}
          />
        )}
      </div>
      {current.isSuccess && (
        <>
          <AdherenceCharts clientId={clientId} hasAssignment={assignment !== null} />
          <WeightChart clientId={clientId} unit={unit} hasAssignment={assignment !== null} />
        </>
      )}
      <CheckinsSection clientId={clientId} unit={unit} />
      <MessagesSection clientId={clientId} clientName={client.name} />
      <LogHistory clientId={clientId} unit={unit} today={today} />
      <NotesSection clientId={clientId} />
      <ClientDownloads clientId={clientId} />
      <DeleteClientSection client={client} />
    </>
  );
}
