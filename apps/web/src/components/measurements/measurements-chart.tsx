'use client';

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
import { lengthInUnit, lengthUnitOf, type UnitSystem } from '@sixstep/domain';
import { formatDay } from '@/components/client/format';

export interface MeasuredCheckin {
  date: string;
  waistCm: number | null;
  hipsCm: number | null;
  chestCm: number | null;
}

const SERIES = [
  ['waist', 'Waist', '#1f5fbf'],
  ['hips', 'Hips', '#9a6700'],
  ['chest', 'Chest', '#1a7f37'],
] as const;

/**
 * Waist, hips and chest from the weekly check-ins, in the viewer's length unit, with the values
 * as a table for screen readers and for reading exact numbers.
 */
export function MeasurementsChart({
  checkins,
  unit,
}: {
  checkins: MeasuredCheckin[];
  unit: UnitSystem;
}) {
  const lengthUnit = lengthUnitOf(unit);
  const rows = checkins
    .filter((c) => c.waistCm !== null || c.hipsCm !== null || c.chestCm !== null)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((c) => ({
      date: c.date,
      label: formatDay(c.date, { day: 'numeric', month: 'short' }),
      waist: c.waistCm === null ? undefined : lengthInUnit(c.waistCm, unit),
      hips: c.hipsCm === null ? undefined : lengthInUnit(c.hipsCm, unit),
      chest: c.chestCm === null ? undefined : lengthInUnit(c.chestCm, unit),
    }));
  if (rows.length === 0)
    return <p className="muted">No measurements yet: they come with the weekly check-ins.</p>;
  return (
    <>
      <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>
          <LineChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis
              domain={['dataMin - 2', 'dataMax + 2']}
              tick={{ fontSize: 12 }}
              unit={` ${lengthUnit}`}
              width={64}
              allowDecimals={false}
            />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${v} ${lengthUnit}` : '–')} />
            <Legend />
            {SERIES.map(([key, name, color]) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={name}
                stroke={color}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Show measurements as a table</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Measurements, table">
          <table>
            <thead>
              <tr>
                <th scope="col">Check-in</th>
                {SERIES.map(([key, name]) => (
                  <th key={key} scope="col">
                    {name} ({lengthUnit})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.date}>
                  <th scope="row">{formatDay(row.date)}</th>
                  {SERIES.map(([key]) => (
                    <td key={key}>{row[key] ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
