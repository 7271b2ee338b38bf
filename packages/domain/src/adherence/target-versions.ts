import type { IsoDate } from '../dates';
import { addDays } from '../dates';
import type { AssignmentTargets } from '../program';
import type { DateRange } from './range';

/** The targets an assignment had from `effectiveFrom` on, until the next version. */
export interface TargetVersion<T = AssignmentTargets> {
  effectiveFrom: IsoDate;
  targets: T;
}

/** Versions sorted by their first day; a later one for the same day replaces an earlier one. */
function sortedVersions<T>(versions: ReadonlyArray<TargetVersion<T>>): TargetVersion<T>[] {
  const byDate = new Map<IsoDate, TargetVersion<T>>();
  for (const v of versions) byDate.set(v.effectiveFrom, v);
  return [...byDate.values()].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/**
 * The targets in effect on `date`: the latest version that began on or before it. Days before
 * the first version (an assignment whose start was moved earlier) take the first version.
 */
export function targetsOn<T>(versions: ReadonlyArray<TargetVersion<T>>, date: IsoDate): T {
  const sorted = sortedVersions(versions);
  if (sorted.length === 0) throw new Error('An assignment has at least one target version');
  let found = sorted[0]!;
  for (const v of sorted) if (v.effectiveFrom <= date) found = v;
  return found.targets;
}

/** A part of a range scored against one set of targets. */
export interface TargetSegment<T = AssignmentTargets> {
  range: DateRange;
  targets: T;
}

/** Splits `range` into the consecutive parts each version was in effect for, in date order. */
export function segmentsByVersion<T>(
  versions: ReadonlyArray<TargetVersion<T>>,
  range: DateRange,
): TargetSegment<T>[] {
  const sorted = sortedVersions(versions);
  const segments: TargetSegment<T>[] = [];
  let from = range.from;
  while (from <= range.to) {
    const targets = targetsOn(sorted, from);
    const next = sorted.find((v) => v.effectiveFrom > from);
    const to =
      next && addDays(next.effectiveFrom, -1) < range.to
        ? addDays(next.effectiveFrom, -1)
        : range.to;
    segments.push({ range: { from, to }, targets });
    from = addDays(to, 1);
  }
  return segments;
}
