'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId } from 'react';
import { WEEKDAY_NAMES, type UnitSystem } from '@sixstep/domain';
import { CheckinWeekList } from '@/components/checkins/week-list';
import { MeasurementsChart } from '@/components/measurements/measurements-chart';
import { FormField } from '@/components/ui/form-field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';

/**
 * The client's weekly check-ins on the coach's client page: the check-in day (the coach may move
 * it), every week's status with missed weeks shown, and the measurements over time.
 */
export function CheckinsSection({ clientId, unit }: { clientId: string; unit: UnitSystem }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const weeks = useQuery(trpc.checkins.weeks.queryOptions({ clientId }));
  const list = useQuery(trpc.checkins.list.queryOptions({ clientId }));
  const weekdayId = useId();
  const update = useMutation(
    trpc.assignments.update.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.checkins.weeks.queryKey({ clientId }) }),
    }),
  );

  let body;
  if (weeks.isPending || list.isPending) body = <LoadingState label="Loading check-ins…" />;
  else if (weeks.isError || list.isError)
    body = (
      <ErrorState
        title="Check-ins could not be loaded"
        message={(weeks.error ?? list.error)!.message}
        onRetry={() => void Promise.all([weeks.refetch(), list.refetch()])}
      />
    );
  else if (!weeks.data.assignment)
    body = <p className="muted">No program is assigned, so there are no weekly check-ins.</p>;
  else {
    const assignmentId = weeks.data.assignment.id;
    body = (
      <>
        <FormField
          id={weekdayId}
          label="Check-in day"
          hint="The client sees “Check-in due” on this day each week."
        >
          <select
            id={weekdayId}
            aria-describedby={`${weekdayId}-hint`}
            value={weeks.data.checkinWeekday ?? 0}
            disabled={update.isPending}
            onChange={(e) =>
              update.mutate({ id: assignmentId, checkinWeekday: Number(e.target.value) })
            }
          >
            {WEEKDAY_NAMES.map((name, i) => (
              <option key={name} value={i}>
                {name}
              </option>
            ))}
          </select>
        </FormField>
        {update.isError && <p className="field-error">{update.error.message}</p>}
        <CheckinWeekList weeks={weeks.data.weeks} hrefOf={(id) => `/coach/check-ins/${id}`} />
        <h3>Measurements</h3>
        <MeasurementsChart checkins={list.data} unit={unit} />
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="checkins-heading" id="checkins">
      <h2 id="checkins-heading">Weekly check-ins</h2>
      <p>
        <Link href={`/coach/clients/${clientId}/photos`}>Compare progress photos</Link>
      </p>
      {body}
    </section>
  );
}
