'use client';

import { useQuery } from '@tanstack/react-query';
import { minDate, SESSIONS_TO_PROGRESS, suggestNextRung } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import type { CurrentAssignment } from './api-types';

/**
 * Prescribed exercises whose next, harder rung the client is ready for: the domain's rule
 * (the prescription completed in each of the last sessions) over this assignment's logged sets.
 */
export function ProgressionSuggestions({
  clientId,
  assignment,
  today,
}: {
  clientId: string;
  assignment: CurrentAssignment;
  today: string;
}) {
  const trpc = useTRPC();
  const to = minDate(today, assignment.endDate);
  const logs = useQuery({
    ...trpc.logs.list.queryOptions({ clientId, from: assignment.startDate, to }),
    enabled: assignment.startDate <= to,
  });
  const catalog = useQuery(trpc.catalog.list.queryOptions({ category: 'strength', limit: 100 }));
  if (!logs.data || !catalog.data) return null;

  const byId = new Map(catalog.data.items.map((e) => [e.id, e]));
  const ready = assignment.targets.exercises.flatMap((prescribed) => {
    const harderId = byId.get(prescribed.exerciseId)?.progressionId ?? null;
    // A session is a day: sets of one exercise logged in several workouts that day add up.
    const sessions = new Map<string, { reps: number }[]>();
    for (const w of logs.data.workouts)
      if (w.kind === 'strength' && w.exerciseId === prescribed.exerciseId)
        sessions.set(w.date, [...(sessions.get(w.date) ?? []), ...w.sets]);
    const suggested = suggestNextRung({
      prescription: { sets: prescribed.sets, reps: prescribed.reps },
      sessions: [...sessions].map(([date, sets]) => ({ date, sets })),
      harderExerciseId: harderId,
    });
    const harder = suggested ? byId.get(suggested) : undefined;
    return harder ? [{ from: prescribed, to: harder }] : [];
  });
  if (ready.length === 0) return null;

  return (
    <div className="notice" role="status" data-testid="progression-suggestion">
      <h3 style={{ marginTop: 0 }}>Ready for the next rung</h3>
      <ul>
        {ready.map(({ from, to: harder }) => (
          <li key={from.exerciseId}>
            {from.name} → <strong>{harder.name}</strong>: the last {SESSIONS_TO_PROGRESS} sessions
            reached {from.sets} × {from.reps}.
          </li>
        ))}
      </ul>
      <p style={{ marginBottom: 0 }}>Use “Adjust” to swap the exercise.</p>
    </div>
  );
}
