import { z } from 'zod';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings in the client's own calendar.
 * They carry no time zone; arithmetic runs on UTC midnights so daylight-saving
 * changes can never shift a day. ISO strings also sort lexicographically, which
 * `minDate` / `maxDate` and every range check rely on.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * UTC midnight of a date, or NaN when the text is not a real calendar date. Checked with
 * arithmetic rather than a Date round trip: rosters parse thousands of dates per request, and
 * Date objects are costly in the server runtime.
 */
function utcMs(date: IsoDate): number {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // Date.UTC reads years 0–99 as 1900–1999, so those are not dates it can stand for.
  if (y < 100 || m < 1 || m > 12 || d < 1) return Number.NaN;
  if (d > (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!)) return Number.NaN;
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function mustParse(date: IsoDate): number {
  const ms = utcMs(date);
  if (Number.isNaN(ms))
    throw new RangeError(`Not a calendar date: "${date}" (expected YYYY-MM-DD)`);
  return ms;
}

/** True for a well-formed, real calendar date (any year). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(utcMs(value));
}

/** A `YYYY-MM-DD` date that exists on the calendar, in the years the product supports. */
export const isoDateSchema = z
  .string({ error: 'Date must be text in the form YYYY-MM-DD' })
  .superRefine((value, ctx) => {
    if (!ISO_DATE_PATTERN.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `Date must be in the form YYYY-MM-DD (got "${value.slice(0, 20)}")`,
      });
      return;
    }
    if (Number.isNaN(utcMs(value))) {
      ctx.addIssue({ code: 'custom', message: `${value} is not a real calendar date` });
      return;
    }
    const year = Number(value.slice(0, 4));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      ctx.addIssue({
        code: 'custom',
        message: `Date year must be between ${MIN_YEAR} and ${MAX_YEAR}`,
      });
    }
  });

/** `date` moved by `n` days (negative goes back). */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromUtcMs(mustParse(date) + n * MS_PER_DAY);
}

/** `to - from` in days: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((mustParse(to) - mustParse(from)) / MS_PER_DAY);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const count = daysBetween(from, to) + 1;
  const days: IsoDate[] = [];
  for (let i = 0; i < count; i++) days.push(addDays(from, i));
  return days;
}

/** The earliest of the given dates. */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((a, b) => (b < a ? b : a), first);
}

/** The latest of the given dates. */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((a, b) => (b > a ? b : a), first);
}

/** Day of the week: 0 = Sunday … 6 = Saturday (same numbering as `Date#getUTCDay`). */
export function weekdayOf(date: IsoDate): number {
  return new Date(mustParse(date)).getUTCDay();
}

/**
 * The calendar date an instant falls on in a time zone (IANA name, e.g. "Europe/Paris").
 * Callers pass the instant in (`new Date()` at the edge), so logic stays free of clocks.
 */
export function isoDateInTimeZone(instant: Date, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
