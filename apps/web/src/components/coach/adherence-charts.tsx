'use client';

import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STEP_IDS } from '@sixstep/domain';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import type { ClientAdherence } from './api-types';
import { FlagBadges } from './flag-badges';
import { formatScore, ScoreCell } from './score-cell';
import { STEP_LABELS } from './step-labels';
import tableWrap from './table-wrap.module.css';

/** Distinct hues and dash patterns, so the lines stay apart without relying on colour. */
const STEP_STYLE = {
  strength: { color: '#1f5fbf', dash: undefined },
  cardio: { color: '#1a7f37', dash: '6 3' },
  hiit: { color: '#8250df', dash: '2 3' },
  calories: { color: '#bc4c00', dash: '8 3 2 3' },
  food: { color: '#0a7a8a', dash: '4 4' },
  treats: { color: '#bf3989', dash: '1 2' },
} as const;

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
          message={adherence.error.message}
          onRetry={() => adherence.refetch()}
        />
      ) : (
        <AdherenceBody data={adherence.data} />
      )}
    </section>
  );
}

function AdherenceBody({ data }: { data: ClientAdherence }) {
  const weekly = data.weeks.map((w) => ({
    week: `Week ${w.week}`,
    overall: percent(w.scores.overall),
    ...Object.fromEntries(STEP_IDS.map((s) => [s, percent(w.scores[s])])),
  }));
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
          <BarChart data={bySteps} margin={{ left: -20, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" interval={0} tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${v}%`} />
            <Legend />
            <Bar dataKey="last7" name="Last 7 days" fill="#1f5fbf" />
            <Bar dataKey="last28" name="Last 28 days" fill="#9ab8e6" stroke="#174a96" />
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
      {weekly.length === 0 ? (
        <p className="muted">The program has not started yet.</p>
      ) : (
        <>
          <div
            style={{ width: '100%', height: 280 }}
            role="img"
            aria-label="Line chart of the weekly score of each step; the numbers are listed below"
          >
            <ResponsiveContainer>
              <LineChart data={weekly} margin={{ left: -20, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="week" tick={{ fontSize: 12 }} />
                <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
                <Tooltip formatter={(v) => `${v}%`} />
                <Legend />
                <Line dataKey="overall" name="Overall" stroke="#1b1f24" strokeWidth={3} dot />
                {STEP_IDS.map((s) => (
                  <Line
                    key={s}
                    dataKey={s}
                    name={STEP_LABELS[s]}
                    stroke={STEP_STYLE[s].color}
                    strokeDasharray={STEP_STYLE[s].dash}
                    dot={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Weekly numbers</summary>
            <ul>
              {data.weeks.map((w) => (
                <li key={w.week}>
                  Week {w.week} ({w.startDate} – {w.endDate}): overall{' '}
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
