'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatWeight, type CalorieTarget, type UnitSystem } from '@sixstep/domain';
import { apiErrorMessage } from '@/components/ui/api-error';
import { useTRPC } from '@/trpc/client';
import type { ClientDetail, CurrentAssignment } from './api-types';
import { AssignmentForm } from './assignment-form';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ProgressionSuggestions } from './progression-suggestions';
import { TargetAdjustments } from './target-adjustments';
import styles from './facts.module.css';

const kcal = (n: number) => `${n.toLocaleString('en-US')} kcal`;

/** The running assignment and its personalised targets; assign, adjust or end it. */
export function AssignmentSection({
  client,
  assignment,
  unit,
  computed,
  today,
}: {
  client: ClientDetail;
  assignment: CurrentAssignment | null;
  unit: UnitSystem;
  computed: CalorieTarget;
  today: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const end = useMutation(
    trpc.assignments.end.mutationOptions({
      onSuccess: async () => {
        setConfirmingEnd(false);
        await queryClient.invalidateQueries();
      },
    }),
  );

  return (
    <section className="card" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{assignment ? 'Current program' : 'Program'}</h2>
      {mode === 'edit' ? (
        <AssignmentForm
          clientId={client.id}
          sex={client.profile.sex}
          unit={unit}
          computed={computed}
          today={today}
          current={assignment}
          onDone={() => setMode('view')}
        />
      ) : assignment ? (
        <div className="stack">
          <p>
            <strong>{assignment.programName}</strong>, {assignment.weeks} weeks from{' '}
            {assignment.startDate} to {assignment.endDate}.
          </p>
          <dl className={styles.facts}>
            <div>
              <dt>Daily calories</dt>
              <dd data-testid="assigned-calories">
                {kcal(assignment.targets.calories.targetKcal)}
              </dd>
            </div>
            <div>
              <dt>Floor</dt>
              <dd>{kcal(assignment.targets.calories.floorKcal)}</dd>
            </div>
            <div>
              <dt>Strength</dt>
              <dd>{assignment.targets.program.strength.sessionsPerWeek} sessions a week</dd>
            </div>
            <div>
              <dt>Cardio</dt>
              <dd>
                {assignment.targets.program.cardio.sessionsPerWeek} ×{' '}
                {assignment.targets.program.cardio.minutesPerSession} min a week
              </dd>
            </div>
            <div>
              <dt>HIIT</dt>
              <dd>
                {assignment.targets.program.hiit.sessionsPerWeek} ×{' '}
                {assignment.targets.program.hiit.minMinutes}-
                {assignment.targets.program.hiit.maxMinutes} min
              </dd>
            </div>
            <div>
              <dt>Treats</dt>
              <dd>{assignment.targets.program.treats.allowancePerWeek} a week</dd>
            </div>
          </dl>
          <h3>Strength exercises</h3>
          <ul>
            {assignment.targets.exercises.map((e) => (
              <li key={e.exerciseId}>
                {e.name}: {e.sets} × {e.reps}
                {e.loadKg === null ? ', body weight' : ` at ${formatWeight(e.loadKg, unit)}`}
              </li>
            ))}
          </ul>
          <TargetAdjustments adjustments={assignment.adjustments} today={today} />
          <ProgressionSuggestions clientId={client.id} assignment={assignment} today={today} />
          <div className="row">
            <button type="button" onClick={() => setMode('edit')}>
              Adjust
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmingEnd(true)}>
              End the program
            </button>
          </div>
          <ConfirmDialog
            open={confirmingEnd}
            title="End this program?"
            confirmLabel="End the program"
            pending={end.isPending}
            error={end.error ? apiErrorMessage(end.error) : null}
            onConfirm={() => end.mutate({ id: assignment.id })}
            onCancel={() => {
              setConfirmingEnd(false);
              end.reset();
            }}
          >
            <p>
              Today becomes its last day: later days no longer count, and the client sees no plan
              until you assign a new one.
            </p>
          </ConfirmDialog>
        </div>
      ) : (
        <div className="stack">
          <p>No program is running for this client.</p>
          <div>
            <button type="button" onClick={() => setMode('edit')}>
              Assign a program
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
