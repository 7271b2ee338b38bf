import 'server-only';
import { cookies } from 'next/headers';
import { isoDateInTimeZone, type IsoDate } from '@sixstep/domain';
import { TIME_ZONE_COOKIE } from './time-zone';

/**
 * The client's own date today, from the time zone their browser reported; undefined (the API
 * then uses the UTC date) until the cookie is set or when it names no real zone.
 */
export async function clientToday(): Promise<IsoDate | undefined> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (!zone) return undefined;
  try {
    return isoDateInTimeZone(new Date(), zone);
  } catch {
    return undefined;
  }
}
