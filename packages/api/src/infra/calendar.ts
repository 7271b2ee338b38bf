import { CALENDAR_LEEWAY_DAYS, daysBetween, latestOwnDate, type IsoDate } from '@sixstep/domain';
import { badInput } from '../errors';

/**
 * The server's idea of "today": the UTC date of `now`. A client's own calendar can be a day
 * either side of it, which is why logs may be dated up to one day ahead.
 */
export const getUtcToday = (now: Date): IsoDate => now.toISOString().slice(0, 10);

/** Refuses a date more than one day after the UTC date of `now` (no client's calendar is further ahead). */
export function refuseFutureDate(field: string, date: IsoDate, now: Date): void {
  const latest = latestOwnDate(getUtcToday(now));
  if (date > latest) throw badInput(field, `Date cannot be later than ${latest}`);
}

/**
 * The client's "today": the date they send, when it lies within a day of the server's UTC date
 * (time zones), else the UTC date.
 */
export function resolveClientToday(
  today: IsoDate | undefined,
  now: Date,
  field = 'today',
): IsoDate {
  const server = getUtcToday(now);
  if (today === undefined) return server;
  if (Math.abs(daysBetween(server, today)) > CALENDAR_LEEWAY_DAYS)
    throw badInput(field, `Today must be within a day of ${server}`);
  return today;
}

/** Refuses a range that runs backwards or is longer than `maxDays`. */
export function checkRange(from: IsoDate, to: IsoDate, maxDays: number): void {
  if (to < from) throw badInput('to', 'The end of the range cannot be before its start');
  if (daysBetween(from, to) + 1 > maxDays)
    throw badInput('to', `A range can cover at most ${maxDays} days`);
}
