'use client';

import { useQuery } from '@tanstack/react-query';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { expectedWeeklyLossKg, formatWeight, weightInUnit, type UnitSystem } from '@sixstep/domain';
import { dayNumber } from '@/components/client/adherence-charts';
import { apiErrorMessage } from '@/components/ui/api-error';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';

type Point = { date: string; day: number; logged?: number; expected?: number };

const dayLabel = (day: unknown) =>
  typeof day === 'number' ? new Date(day * 86_400_000).toISOString().slice(0, 10) : '';

/** Logged body weight against the line the assignment's calorie deficit predicts (from adherence.forClient). */
export function WeightChart({
  clientId,
  unit,
  hasAssignment,
}: {
  clientId: string;
  unit: UnitSystem;
  hasAssignment: boolean;
}) {
  const trpc = useTRPC();
  const adherence = useQuery({
    ...trpc.adherence.forClient.queryOptions({ clientId }),
    enabled: hasAssignment,
  });

  let body;
  if (!hasAssignment)
    body = (
      <p className="muted">No program is assigned, so there is no expected line to compare with.</p>
    );
  else if (adherence.isPending) body = <LoadingState label="Loading weights…" />;
  else if (adherence.isError)
    body = (
      <ErrorState
        title="Weights could not be loaded"
        message={apiErrorMessage(adherence.error)}
        onRetry={() => adherence.refetch()}
      />
    );
  else {
    const { points, expected, deficitKcal } = adherence.data.weight;
    const byDate = new Map<string, Point>();
    for (const p of expected)
      byDate.set(p.date, {
        date: p.date,
        day: dayNumber(p.date),
        expected: weightInUnit(p.weightKg, unit),
      });
    for (const p of points)
      byDate.set(p.date, {
        ...byDate.get(p.date),
        date: p.date,
        day: dayNumber(p.date),
        logged: weightInUnit(p.weightKg, unit),
      });
    const series = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    body = (
      <>
        {deficitKcal !== null && (
          <p className="muted">
            {deficitKcal > 0
              ? `Expected: about ${formatWeight(expectedWeeklyLossKg(deficitKcal), unit, 2)} a week at a deficit of ${deficitKcal.toLocaleString('en-US')} kcal a day.`
              : 'At this calorie target no loss is expected.'}
          </p>
        )}
        {series.length === 0 ? (
          <p>No weight logged yet.</p>
        ) : (
          <div
            style={{ width: '100%', height: 280 }}
            role="img"
            aria-label={`Line chart of logged weight in ${unit} against the expected line; the logged values are listed below`}
          >
            <ResponsiveContainer>
              <LineChart data={series} margin={{ left: -10, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                {/* A number axis of days: gaps between dates keep their real width. */}
                <XAxis
                  dataKey="day"
                  type="number"
                  domain={['dataMin', 'dataMax']}
                  tickFormatter={dayLabel}
                  tick={{ fontSize: 12 }}
                  minTickGap={24}
                />
                <YAxis
                  domain={['auto', 'auto']}
                  unit={` ${unit}`}
                  tick={{ fontSize: 12 }}
                  width={80}
                />
                <Tooltip
                  labelFormatter={dayLabel}
                  formatter={(v) => `${String(v ?? '')} ${unit}`}
                />
                <Legend />
                <Line
                  dataKey="expected"
                  name="Expected"
                  stroke="#57606a"
                  strokeDasharray="6 4"
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
                <Line
                  dataKey="logged"
                  name="Logged"
                  stroke="#1f5fbf"
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
        <details>
          <summary>Logged weights</summary>
          {points.length === 0 ? (
            <p>No weight logged in this program yet.</p>
          ) : (
            <ul>
              {[...points].reverse().map((p) => (
                <li key={p.date}>
                  {p.date}: {formatWeight(p.weightKg, unit)}
                </li>
              ))}
            </ul>
          )}
        </details>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="weight-heading">
      <h2 id="weight-heading">Body weight</h2>
      {body}
    </section>
  );
}
