'use client';

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

export interface WeekPoint {
  label: string;
  overall: number | null;
  strength: number | null;
  cardio: number | null;
  hiit: number | null;
  calories: number | null;
  food: number | null;
  treats: number | null;
}

const percent = (v: unknown) => (typeof v === 'number' ? `${v}%` : '–');

/** Overall adherence per assignment week (percent); the table beside it carries the same numbers. */
export function WeeklyAdherenceChart({ weeks }: { weeks: WeekPoint[] }) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={weeks}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={percent} tick={{ fontSize: 12 }} />
          <Tooltip formatter={percent} />
          <Bar
            dataKey="overall"
            name="Overall"
            fill="#1f5fbf"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface StepPoint {
  step: string;
  score: number | null;
}

/** Each step's score over the last 28 days, as horizontal bars. */
export function StepAdherenceChart({ steps }: { steps: StepPoint[] }) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={steps}
          layout="vertical"
          margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={percent} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="step" width={70} tick={{ fontSize: 12 }} />
          <Tooltip formatter={percent} />
          <Bar
            dataKey="score"
            name="Score"
            fill="#1a7f37"
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface WeightChartPoint {
  date: string;
  label: string;
  logged?: number;
  expected?: number;
}

/** Logged weights against the line the calorie deficit predicts, in the person's unit. */
export function WeightChart({ points, unit }: { points: WeightChartPoint[]; unit: string }) {
  const values = points
    .flatMap((p) => [p.logged, p.expected])
    .filter((v): v is number => typeof v === 'number');
  const min = Math.floor(Math.min(...values) - 1);
  const max = Math.ceil(Math.max(...values) + 1);
  return (
    <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer>
        <LineChart
          accessibilityLayer={false}
          data={points}
          margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis domain={[min, max]} tick={{ fontSize: 12 }} unit={` ${unit}`} width={64} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${v} ${unit}` : '–')} />
          <Legend />
          <Line
            type="monotone"
            dataKey="expected"
            name="Expected"
            stroke="#57606a"
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="logged"
            name="Logged"
            stroke="#1f5fbf"
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
