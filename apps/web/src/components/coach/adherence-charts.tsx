'use client';

import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { addDays, formatScore, SETTLING_DAYS, STEP_IDS, STEP_LABELS } from '@sixstep/domain';
import { WeeklyStepBars } from '@/components/charts/weekly-step-bars';
import { formatDay } from '@/components/client/format';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { ClientAdherence } from './api-types';
import { FlagBadges } from './flag-badges';
import { ScoreCell } from './score-cell';
import tableWrap from './table-wrap.module.css';

const percent = (score: number | null) => (score === null ? null : Math.round(score * 100));

export function AdherenceCharts({
  clientId,
  hasAssignment,
}: {
  clientId: string;
  hasAssignment: boolean;
}) {
  const trpc = useTRPC();
  const adherence = useQuery({
    ...trpc.adherence.forClient.queryOptions({ clientId }),
    enabled: hasAssignment,
  });

  return (
    <section className="card" aria-labelledby="adherence-heading">
      <h2 id="adherence-heading">Adherence</h2>
      {!hasAssignment ? (
        <p className="muted">No program is assigned, so there is nothing to measure yet.</p>
      ) : adherence.isPending ? (
        <LoadingState label="Loading adherence…" />
      ) : adherence.isError ? (
        <ErrorState
          title="Adherence could not be loaded"
          message={apiErrorMessage(adherence.error)}
          onRetry={() => adherence.refetch()}
        />
      ) : (
        <AdherenceBody data={adherence.data} />
      )}
    </section>
  );
}

const barLabel = (v: unknown) => (typeof v === 'number' ? `${v}%` : '–');

function AdherenceBody({ data }: { data: ClientAdherence }) {
  if (data.last28.overall === null && data.assignment)
    return (
      <p data-testid="adherence-no-data">
        <strong>No data yet.</strong>{' '}
        <span className="muted">
          The program starts {formatDay(data.assignment.startDate)}; scores appear from{' '}
          {formatDay(addDays(data.assignment.startDate, SETTLING_DAYS))}, or as soon as the client
          logs something. No flag is raised before then.
        </span>
      </p>
    );
  const bySteps = STEP_IDS.map((s) => ({
    step: STEP_LABELS[s],
    last7: percent(data.last7[s]),
    last28: percent(data.last28[s]),
  }));
  return (
    <div className="stack">
      <div className="row">
        <span>Flags:</span> <FlagBadges flags={data.flags} />
      </div>
      {data.trend.direction && (
        <p>
          Overall {formatScore(data.trend.last7)} over the last 7 days against{' '}
          {formatScore(data.trend.previous7)} the 7 days before:{' '}
          <strong>
            {data.trend.direction === 'up'
              ? 'improving'
              : data.trend.direction === 'down'
                ? 'slipping'
                : 'steady'}
          </strong>
          .
        </p>
      )}
      <h3>By step</h3>
      <div
        style={{ width: '100%', height: 260 }}
        role="img"
        aria-label="Bar chart of each step's score over the last 7 and 28 days; the same numbers are in the table below"
      >
        <ResponsiveContainer>
          <BarChart data={bySteps} margin={{ top: 16, left: -20, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" interval={0} tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${String(v ?? '')}%`} />
            <Legend />
            {/* minPointSize keeps a 0 % bar visible; the label says the number. */}
            <Bar
              dataKey="last7"
              name="Last 7 days"
              fill="#1f5fbf"
              minPointSize={2}
              isAnimationActive={false}
            >
              <LabelList dataKey="last7" position="top" formatter={barLabel} fontSize={10} />
            </Bar>
            <Bar
              dataKey="last28"
              name="Last 28 days"
              fill="#9ab8e6"
              stroke="#174a96"
              minPointSize={2}
              isAnimationActive={false}
            >
              <LabelList dataKey="last28" position="top" formatter={barLabel} fontSize={10} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className={`table-wrap ${tableWrap.wrap}`}>
        <table>
          <caption className="sr-only">Scores by step</caption>
          <thead>
            <tr>
              <th scope="col">Window</th>
              <th scope="col">Overall</th>
              {STEP_IDS.map((s) => (
                <th scope="col" key={s}>
                  {STEP_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['Last 7 days', data.last7],
                ['Last 28 days', data.last28],
              ] as const
            ).map(([label, scores]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {(['overall', ...STEP_IDS] as const).map((s) => (
                  <td key={s}>
                    <ScoreCell
                      score={scores[s]}
                      label={`${s === 'overall' ? 'Overall' : STEP_LABELS[s]}, ${label.toLowerCase()}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>By week</h3>
      {data.weeks.length === 0 ? (
        <p className="muted">The program has not started yet.</p>
      ) : (
        <>
          <WeeklyStepBars weeks={data.weeks} labels={STEP_LABELS} />
          <details>
            <summary>Weekly numbers</summary>
            <ul>
              {data.weeks.map((w) => (
                <li key={w.week}>
                  Week {w.week} ({w.startDate} – {w.endDate}){w.soFar ? ', so far' : ''}: overall{' '}
                  {formatScore(w.scores.overall)};{' '}
                  {STEP_IDS.map((s) => `${STEP_LABELS[s]} ${formatScore(w.scores[s])}`).join(', ')}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
