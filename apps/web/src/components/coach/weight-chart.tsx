'use client';

import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { addDays, expectedWeightLine, formatWeight, minDate, weightInUnit, type UnitSystem } from '@sixstep/domain';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';

type Point = { date: string; logged?: number; expected?: number };

/**
 * Logged body weight against the line the calorie deficit predicts (deficit × 7 ÷ 7,700 kg a week),
 * from the assignment's start weight and start date.
 */
export function WeightChart({
  clientId,
  unit,
  today,
  plan,
}: {
  clientId: string;
  unit: UnitSystem;
  today: string;
  /** The running assignment's start, end, start weight and planned daily deficit; null without one. */
  plan: { startDate: string; endDate: string; startWeightKg: number; deficitKcal: number } | null;
}) {
  const trpc = useTRPC();
  const from = plan ? plan.startDate : addDays(today, -83);
  const to = plan ? minDate(today, plan.endDate) : today;
  const logs = useQuery({ ...trpc.logs.list.queryOptions({ clientId, from, to }), enabled: from <= to });

  const logged = (logs.data?.days ?? []).filter((d) => d.weightKg !== null).map((d) => ({ date: d.date, kg: d.weightKg as number }));
  const expected = plan ? expectedWeightLine({ ...plan, until: plan.endDate }) : [];
  const byDate = new Map<string, Point>();
  for (const p of expected) byDate.set(p.date, { date: p.date, expected: weightInUnit(p.weightKg, unit) });
  for (const p of logged) byDate.set(p.date, { ...byDate.get(p.date), date: p.date, logged: weightInUnit(p.kg, unit) });
  const points = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));

  return (
    <section className="card" aria-labelledby="weight-heading">
      <h2 id="weight-heading">Body weight</h2>
      {plan && (
        <p className="muted">
          Expected: about {formatWeight((plan.deficitKcal * 7) / 7700, unit, 2)} a week at a deficit of {plan.deficitKcal.toLocaleString('en-US')} kcal a day.
        </p>
      )}
      {logs.isPending && from <= to ? (
        <LoadingState label="Loading weights…" />
      ) : logs.isError ? (
        <ErrorState title="Weights could not be loaded" message={logs.error.message} onRetry={() => logs.refetch()} />
      ) : points.length === 0 ? (
        <p>No weight logged yet{plan ? ' and no plan to compare with' : ''}.</p>
      ) : (
        <>
          <div style={{ width: '100%', height: 280 }} role="img" aria-label={`Line chart of logged weight in ${unit} against the expected line; the last logged values are listed below`}>
            <ResponsiveContainer>
              <LineChart data={points} margin={{ left: -10, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="date" tick={{ fontSize: 12 }} />
                <YAxis domain={['auto', 'auto']} unit={` ${unit}`} tick={{ fontSize: 12 }} width={80} />
                <Tooltip formatter={(v) => `${v} ${unit}`} />
                <Legend />
                <Line dataKey="expected" name="Expected" stroke="#57606a" strokeDasharray="6 4" dot={false} connectNulls />
                <Line dataKey="logged" name="Logged" stroke="#1f5fbf" strokeWidth={2} connectNulls />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Logged weights</summary>
            {logged.length === 0 ? (
              <p>No weight logged in this period.</p>
            ) : (
              <ul>
                {[...logged].reverse().map((p) => (
                  <li key={p.date}>
                    {p.date}: {formatWeight(p.kg, unit)}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </>
      )}
    </section>
  );
}
