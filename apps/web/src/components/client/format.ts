import { formatWeight, type UnitSystem } from '@sixstep/domain';

/** "Tue 14 Jan" for an ISO date, read as a calendar day (no time zone shift). */
export function formatDay(
  date: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' },
): string {
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "3 × 12 @ 10.0 kg", or "3 × 12 (body weight)". */
export function formatPrescription(
  p: { sets: number; reps: number; loadKg: number | null },
  unit: UnitSystem,
): string {
  return `${p.sets} × ${p.reps} ${p.loadKg != null && p.loadKg > 0 ? `@ ${formatWeight(p.loadKg, unit)}` : '(body weight)'}`;
}

/** "3 sets: 12, 12, 10 reps @ 10.0 kg". */
export function formatSets(
  sets: ReadonlyArray<{ reps: number; loadKg: number | null }>,
  unit: UnitSystem,
): string {
  if (sets.length === 0) return 'no sets';
  const loads = [...new Set(sets.map((s) => s.loadKg ?? 0))];
  const reps = sets.map((s) => s.reps).join(', ');
  const load =
    loads.length === 1
      ? loads[0]
        ? ` @ ${formatWeight(loads[0], unit)}`
        : ''
      : ` @ ${loads.map((l) => formatWeight(l, unit)).join(' / ')}`;
  return `${sets.length} ${sets.length === 1 ? 'set' : 'sets'}: ${reps} reps${load}`;
}
