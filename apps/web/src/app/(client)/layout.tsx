import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { TIME_ZONE_COOKIE } from '@/components/client/time-zone';
import { TimeZoneCookie } from '@/components/client/time-zone-cookie';
import { requireRole } from '@/server/require-role';
import styles from './client-area.module.css';

/** /today, /week and /progress are for clients only; checked on the server for every page below. */
export default async function ClientLayout({ children }: { children: ReactNode }) {
  await requireRole('client');
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return (
    <div className={styles.area}>
      <TimeZoneCookie known={zone ?? null} />
      {children}
    </div>
  );
}
