'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const percent = (v: unknown) => (typeof v === 'number' ? `${v}%` : '–');

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
          // Room on the right for the "100%" label at the end of a full bar.
          margin={{ top: 0, right: 40, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={percent} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="step" width={70} tick={{ fontSize: 12 }} />
          <Tooltip formatter={percent} />
          {/* minPointSize keeps a 0 % bar visible; the label says the number. */}
          <Bar
            dataKey="score"
            name="Score"
            fill="#1a7f37"
            radius={[0, 4, 4, 0]}
            minPointSize={2}
            isAnimationActive={false}
          >
            <LabelList dataKey="score" position="right" formatter={percent} fontSize={11} />
          </Bar>
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

const DAY_MS = 86_400_000;
/** A calendar date as a day number, so the time axis is proportional to the dates. */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dayLabel = (day: unknown) =>
  typeof day === 'number'
    ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        new Date(day * DAY_MS),
      )
    : '';

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
          data={points.map((p) => ({ ...p, day: dayNumber(p.date) }))}
          margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {/* A number axis of days: gaps between dates keep their real width. */}
          <XAxis
            dataKey="day"
            type="number"
            domain={['dataMin', 'dataMax']}
            tickFormatter={dayLabel}
            tick={{ fontSize: 12 }}
            minTickGap={16}
          />
          <YAxis domain={[min, max]} tick={{ fontSize: 12 }} unit={` ${unit}`} width={64} />
          <Tooltip
            labelFormatter={dayLabel}
            formatter={(v) => (typeof v === 'number' ? `${v} ${unit}` : '–')}
          />
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
