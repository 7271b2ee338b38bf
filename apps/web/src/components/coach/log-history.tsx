'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addDays, formatWeight, type UnitSystem } from '@sixstep/domain';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { ClientLogs } from './api-types';
import styles from './log-history.module.css';
import tableWrap from './table-wrap.module.css';

const PAGE_DAYS = 28;

type DayRow = {
  date: string;
  day: ClientLogs['days'][number] | null;
  workouts: ClientLogs['workouts'];
};

function byDateDescending(logs: ClientLogs): DayRow[] {
  const dates = new Set([...logs.days.map((d) => d.date), ...logs.workouts.map((w) => w.date)]);
  return [...dates]
    .sort((a, b) => (a < b ? 1 : -1))
    .map((date) => ({
      date,
      day: logs.days.find((d) => d.date === date) ?? null,
      workouts: logs.workouts.filter((w) => w.date === date),
    }));
}

function describeWorkout(w: ClientLogs['workouts'][number], unit: UnitSystem): string {
  const what = w.exerciseName ?? w.activity ?? w.kind;
  if (w.kind === 'strength') {
    const reps = w.sets.map((s) => s.reps).join('/');
    const loads = new Set(w.sets.map((s) => s.loadKg ?? 0));
    const [onlyLoad] = [...loads];
    const load =
      loads.size === 1
        ? onlyLoad
          ? ` at ${formatWeight(onlyLoad, unit)}`
          : ', body weight'
        : ` at ${w.sets.map((s) => (s.loadKg ? formatWeight(s.loadKg, unit) : 'body weight')).join('/')}`;
    return `${what}: ${w.sets.length} × ${reps} reps${load}`;
  }
  return `${w.kind === 'hiit' ? 'HIIT' : 'Cardio'} · ${what}${w.minutes ? `, ${w.minutes} min` : ''}`;
}

const show = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(value);

/** What the client logged, most recent day first, 28 days at a time. */
export function LogHistory({
  clientId,
  unit,
  today,
}: {
  clientId: string;
  unit: UnitSystem;
  today: string;
}) {
  const trpc = useTRPC();
  const [from, setFrom] = useState(() => addDays(today, 1 - PAGE_DAYS));
  const logs = useQuery(trpc.logs.list.queryOptions({ clientId, from, to: today }));
  const rows = logs.data ? byDateDescending(logs.data) : [];

  return (
    <section className="card" aria-labelledby="logs-heading">
      <h2 id="logs-heading">Log history</h2>
      <p className="muted">
        From {from} to {today}, most recent first.
      </p>
      {logs.isPending ? (
        <LoadingState label="Loading the log…" />
      ) : logs.isError ? (
        <ErrorState
          title="The log could not be loaded"
          message={apiErrorMessage(logs.error)}
          onRetry={() => logs.refetch()}
        />
      ) : rows.length === 0 ? (
        <p>Nothing logged in this period.</p>
      ) : (
        <div className={`table-wrap ${tableWrap.wrap}`}>
          <table className={styles.table}>
            <caption className="sr-only">Logged days, most recent first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">kcal</th>
                <th scope="col">Meals (with protein)</th>
                <th scope="col">Fat / veg servings</th>
                <th scope="col">Treats (planned)</th>
                <th scope="col">Weight</th>
                <th scope="col" className={styles.workouts}>
                  Workouts
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ date, day, workouts }) => (
                <tr key={date}>
                  <th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    {date}
                  </th>
                  <td>{show(day?.calories)}</td>
                  <td>
                    {show(day?.meals)} ({show(day?.proteinMeals)})
                  </td>
                  <td>
                    {show(day?.fatServings)} / {show(day?.vegServings)}
                  </td>
                  <td>
                    {show(day?.treats)} ({show(day?.plannedTreats)})
                  </td>
                  <td>{day?.weightKg ? formatWeight(day.weightKg, unit) : '–'}</td>
                  <td>
                    {workouts.length === 0 ? (
                      '–'
                    ) : (
                      <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                        {workouts.map((w) => (
                          <li key={w.id}>{describeWorkout(w, unit)}</li>
                        ))}
                      </ul>
                    )}
                    {day?.note && <p className="muted">“{day.note}”</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => setFrom((f) => addDays(f, -PAGE_DAYS))}
          disabled={logs.isFetching}
        >
          Show {PAGE_DAYS} earlier days
        </button>
      </p>
    </section>
  );
}
