import type { IsoDate } from '../dates';
import { addDays, maxDate, minDate } from '../dates';

/** An inclusive range of calendar dates. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The last day an assignment counts: the day it was ended on (inclusive) when a coach
 * ended it early, otherwise the last day of its final week. An `endedOn` later than the
 * planned end does not stretch the program: the planned end wins.
 */
export function assignmentEndDate({
  startDate,
  weeks,
  endedOn,
}: {
  startDate: IsoDate;
  weeks: number;
  endedOn: IsoDate | null;
}): IsoDate {
  const plannedEnd = addDays(startDate, weeks * 7 - 1);
  return endedOn === null ? plannedEnd : minDate(endedOn, plannedEnd);
}

/**
 * The days of [from, to] that count for an assignment: not before its start, not after
 * its end, not after today. Null when no day is left.
 */
export function countedRange({
  startDate,
  endDate,
  from,
  to,
  today,
}: {
  startDate: IsoDate;
  endDate: IsoDate;
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
}): DateRange | null {
  const first = maxDate(from, startDate);
  const last = minDate(to, endDate, today);
  return first <= last ? { from: first, to: last } : null;
}

/**
 * The counted part of the `days` calendar days ending today, e.g. the last 7 or 28: today
 * only when it is due (`dueThrough`, see `lastDueDate`; default today).
 */
export function lastDaysRange({
  startDate,
  endDate,
  today,
  dueThrough = today,
  days,
}: {
  startDate: IsoDate;
  endDate: IsoDate;
  today: IsoDate;
  dueThrough?: IsoDate;
  days: number;
}): DateRange | null {
  return countedRange({
    startDate,
    endDate,
    from: addDays(today, 1 - days),
    to: today,
    today: dueThrough,
  });
}
