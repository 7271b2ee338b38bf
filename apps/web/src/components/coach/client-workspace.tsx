'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo } from 'react';
import { ageOn, calorieTargetFor, type UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { AdherenceCharts } from './adherence-charts';
import type { ClientDetail } from './api-types';
import { AssignmentSection } from './assignment-section';
import { LogHistory } from './log-history';
import { NotesSection } from './notes-section';
import { ProfileSection } from './profile-section';
import { ProgressionSuggestions } from './progression-suggestions';
import { localToday } from './today';
import { WeightChart } from './weight-chart';

/** Everything a coach needs about one client, each part loading on its own. */
export function ClientWorkspace({ initialClient, unit }: { initialClient: ClientDetail; unit: UnitSystem }) {
  const trpc = useTRPC();
  const clientId = initialClient.id;
  const { data: client } = useQuery({ ...trpc.clients.get.queryOptions({ clientId }), initialData: initialClient });
  const today = localToday();
  const computed = useMemo(
    () =>
      calorieTargetFor({
        sex: client.profile.sex,
        weightKg: client.profile.startWeightKg,
        heightCm: client.profile.heightCm,
        ageYears: ageOn(client.profile.birthDate, today),
        activityLevel: client.profile.activityLevel,
      }),
    [client, today],
  );

  return (
    <>
      <p>
        <Link href="/coach">← All clients</Link>
      </p>
      <h1>{client.name}</h1>
      <p className="muted">{client.email}</p>
      <div className="grid">
        <ProfileSection client={client} unit={unit} today={today} />
        <AssignmentSection client={client} unit={unit} computed={computed} today={today} />
      </div>
      <ProgressionSuggestions clientId={clientId} />
      <AdherenceCharts clientId={clientId} hasAssignment={client.assignment !== null} />
      <WeightChart client={client} unit={unit} computed={computed} today={today} />
      <LogHistory clientId={clientId} unit={unit} today={today} />
      <NotesSection clientId={clientId} />
    </>
  );
}
