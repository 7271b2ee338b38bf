import { isoDateInTimeZone } from '@sixstep/domain';

/** Today's date in the browser's own time zone (the coach's calendar). */
export function localToday(): string {
  return isoDateInTimeZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}
